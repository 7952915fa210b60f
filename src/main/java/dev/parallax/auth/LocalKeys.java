package dev.parallax.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;

/**
 * The signing key pair of a machine with no configured verification key: generated once in a private
 * directory, so no secret ever ships with Parallax and tokens minted here work only here.
 */
public final class LocalKeys {

    public static final String PRIVATE_KEY = "private.pem";
    public static final String PUBLIC_KEY = "public.pem";

    private LocalKeys() {
    }

    /** The public key file in {@code dir}, after creating the pair if it does not exist yet. */
    public static Path ensure(Path dir) {
        Path publicKey = dir.resolve(PUBLIC_KEY);
        Path privateKey = dir.resolve(PRIVATE_KEY);
        if (Files.exists(publicKey) && Files.exists(privateKey)) {
            return publicKey;
        }
        try {
            Files.createDirectories(dir);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            write(privateKey, "PRIVATE KEY", pair.getPrivate().getEncoded(), true);
            write(publicKey, "PUBLIC KEY", pair.getPublic().getEncoded(), false);
            return publicKey;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the local key pair to " + dir, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JVM cannot generate RSA keys", e);
        }
    }

    private static void write(Path file, String type, byte[] der, boolean secret) throws IOException {
        String pem = "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
        Files.deleteIfExists(file);
        Files.createFile(file);
        if (secret && file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        Files.writeString(file, pem, StandardOpenOption.TRUNCATE_EXISTING);
    }
}
