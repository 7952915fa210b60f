package dev.parallax.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/** Bearer tokens for tests, signed with the test-only key pair in src/test/resources/jwt (or a stranger's key). */
public final class Tokens {

    private Tokens() {
    }

    /** A valid token for {@code subject} with {@code roles}, good for an hour. */
    public static String valid(String subject, String... roles) {
        return signed(subject, Set.of(roles), Instant.now().plus(Duration.ofHours(1)), "test-private.pem", "parallax");
    }

    public static String expired(String subject, String... roles) {
        return signed(subject, Set.of(roles), Instant.now().minus(Duration.ofHours(1)), "test-private.pem", "parallax");
    }

    /** Signed by a key Parallax does not trust. */
    public static String wronglySigned(String subject, String... roles) {
        return signed(subject, Set.of(roles), Instant.now().plus(Duration.ofHours(1)), "stranger-private.pem", "parallax");
    }

    public static String fromOtherIssuer(String subject, String... roles) {
        return signed(subject, Set.of(roles), Instant.now().plus(Duration.ofHours(1)), "test-private.pem", "someone-else");
    }

    /** Signed by the trusted key with a raw {@code groups} claim (an array or, hostile, a string) and any expiry. */
    public static String withClaims(String subject, Object groups, Instant expiresAt) {
        return Jwt.issuer("parallax").subject(subject).claim("groups", groups)
                .issuedAt(Instant.now()).expiresAt(expiresAt).sign(key("test-private.pem"));
    }

    private static String signed(String subject, Set<String> roles, Instant expiresAt, String keyFile, String issuer) {
        return Jwt.issuer(issuer).subject(subject).groups(roles)
                .issuedAt(expiresAt.minus(Duration.ofHours(2))).expiresAt(expiresAt)
                .sign(key(keyFile));
    }

    private static PrivateKey key(String file) {
        try (InputStream in = Tokens.class.getResourceAsStream("/jwt/" + file)) {
            return KeyUtils.decodePrivateKey(new String(in.readAllBytes(), StandardCharsets.US_ASCII));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
