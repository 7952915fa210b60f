package dev.parallax.seed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** SHA-256 of the parsed seed corpora: equal exactly when every agreement, claim and article is the same. */
final class SeedFingerprint {

    /** Bump when SeedWriter writes the same corpus differently, so that stored corpora are written again. */
    private static final String WRITER_VERSION = "seed-writer-1\n";

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private SeedFingerprint() {
    }

    static String of(List<SeedCorpus> corpora) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(WRITER_VERSION.getBytes(StandardCharsets.UTF_8));
            sha.update(JSON.writeValueAsBytes(corpora));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("cannot fingerprint the seed corpus", e);
        }
    }
}
