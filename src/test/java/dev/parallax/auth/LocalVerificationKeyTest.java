package dev.parallax.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.testing.CapturedLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An unwritable JWT key directory is an ERROR naming the directory and the setting, not the end of the process. */
class LocalVerificationKeyTest {

    @Test
    void aWritableDirectoryGetsTheLocalKeyPair(@TempDir Path home) {
        Path dir = home.resolve("jwt");

        Map<String, String> properties = LocalVerificationKey.properties(dir);

        assertThat(properties).containsEntry("mp.jwt.verify.publickey.location", dir.resolve("public.pem").toUri().toString());
        assertThat(dir.resolve("private.pem")).exists();
    }

    @Test
    void anUnwritableDirectoryIsLoggedAtErrorAndLeavesAKeyThatAcceptsNoToken(@TempDir Path home) throws Exception {
        // A directory below a regular file can be created by nobody, root included.
        Path file = Files.writeString(home.resolve("not-a-directory"), "x");
        Path dir = file.resolve("jwt");

        Map<String, String> properties;
        List<String> errors;
        try (CapturedLog log = new CapturedLog(LocalVerificationKey.class)) {
            properties = LocalVerificationKey.properties(dir);
            errors = log.messagesAtLeast(CapturedLog.ERROR);
        }

        assertThat(properties).containsOnlyKeys("mp.jwt.verify.publickey");
        byte[] der = Base64.getDecoder().decode(properties.get("mp.jwt.verify.publickey"));
        assertThat(KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der)).getAlgorithm()).isEqualTo("RSA");
        assertThat(errors).anySatisfy(message -> assertThat(message).contains(dir.toString())
                .contains("PARALLAX_JWT_KEY_DIR").contains("MP_JWT_VERIFY_PUBLICKEY_LOCATION"));
    }
}
