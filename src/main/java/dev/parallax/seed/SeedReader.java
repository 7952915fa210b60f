package dev.parallax.seed;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads seed corpora from the classpath ({@code classpath:seeds}) or from a directory. */
public final class SeedReader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final String location;

    public SeedReader(String location) {
        this.location = location;
    }

    public List<SeedCorpus> readAll() {
        SeedCorpus.Index index = parse("index.yaml", SeedCorpus.Index.class);
        List<SeedCorpus> corpora = new ArrayList<>();
        for (String folder : index.agreements()) {
            corpora.add(read(folder));
        }
        return corpora;
    }

    private SeedCorpus read(String folder) {
        SeedCorpus.AgreementSeed agreement = parse(folder + "/agreement.yaml", SeedCorpus.AgreementSeed.class);
        SeedCorpus.ClaimsFile claims = parse(folder + "/claims.yaml", SeedCorpus.ClaimsFile.class);
        Map<String, String> texts = new LinkedHashMap<>();
        for (SeedCorpus.SourceSeed source : agreement.sources()) {
            texts.put(source.file(), utf8(folder + "/articles/" + source.file()));
        }
        return new SeedCorpus(agreement, claims.claims(), texts);
    }

    /** A corpus sent through the API: the same YAML formats, article texts by file name. */
    public static SeedCorpus fromText(String agreementYaml, String claimsYaml, Map<String, String> texts) {
        SeedCorpus.AgreementSeed agreement = parseText(agreementYaml, "agreement YAML", SeedCorpus.AgreementSeed.class);
        List<SeedCorpus.ClaimSeed> claims = claimsYaml == null || claimsYaml.isBlank() ? List.of()
                : parseText(claimsYaml, "claims YAML", SeedCorpus.ClaimsFile.class).claims();
        return new SeedCorpus(agreement, claims == null ? List.of() : claims, texts);
    }

    private static <T> T parseText(String yaml, String what, Class<T> type) {
        try {
            T parsed = YAML.readValue(yaml, type);
            if (parsed == null) {
                throw new SeedException("The " + what + " is empty");
            }
            return parsed;
        } catch (IOException e) {
            throw new SeedException("The " + what + " cannot be read: " + firstLine(e.getMessage()), e);
        }
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    private <T> T parse(String name, Class<T> type) {
        try (InputStream in = open(name)) {
            return YAML.readValue(in, type);
        } catch (IOException e) {
            throw new SeedException("Cannot read seed file " + name + ": " + e.getMessage(), e);
        }
    }

    private String utf8(String name) {
        try (InputStream in = open(name)) {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(in.readAllBytes())).toString();
        } catch (CharacterCodingException e) {
            throw new SeedException("Seed article " + name + " is not valid UTF-8", e);
        } catch (IOException e) {
            throw new SeedException("Cannot read seed article " + name + ": " + e.getMessage(), e);
        }
    }

    private InputStream open(String name) throws IOException {
        if (location.startsWith("classpath:")) {
            String resource = location.substring("classpath:".length()) + "/" + name;
            InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource);
            if (in == null) {
                throw new IOException("no classpath resource " + resource);
            }
            return in;
        }
        return Files.newInputStream(Path.of(location, name));
    }
}
