package dev.parallax.auth;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The JWT verification key of a machine with no configured one: the local key pair's public half or,
 * when the key directory cannot be written, a throwaway key whose private half is never kept, so the
 * service still starts and serves queries while every token is refused.
 */
public final class LocalVerificationKey {

    private static final Logger LOG = Logger.getLogger(LocalVerificationKey.class);

    private LocalVerificationKey() {
    }

    /** The MicroProfile JWT property (location or inline key) to set before Quarkus boots. */
    public static Map<String, String> properties(Path keyDir) {
        try {
            Path publicKey = LocalKeys.ensure(keyDir);
            LOG.warnf("No MP_JWT_VERIFY_PUBLICKEY_LOCATION set: mutations accept tokens signed with the local key in %s"
                    + " (mint one with: java -jar quarkus-run.jar mint-token --subject you --roles editor)", keyDir);
            return Map.of("mp.jwt.verify.publickey.location", publicKey.toUri().toString());
        } catch (UncheckedIOException e) {
            LOG.errorf("Cannot write the local JWT key pair to %s (%s). Set PARALLAX_JWT_KEY_DIR to a writable directory,"
                    + " or MP_JWT_VERIFY_PUBLICKEY_LOCATION to your identity provider's public key. Starting without"
                    + " a signing key: queries are served, every mutation is refused (UNAUTHENTICATED).",
                    keyDir, e.getCause());
            return Map.of("mp.jwt.verify.publickey", throwawayPublicKey());
        }
    }

    private static String throwawayPublicKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return Base64.getEncoder().encodeToString(generator.generateKeyPair().getPublic().getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JVM cannot generate RSA keys", e);
        }
    }
}
