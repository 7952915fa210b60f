package dev.parallax.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An unwritable JWT key directory is an ERROR naming the directory and the setting, not the end of the process. */
class LocalVerificationKeyTest {

    private final List<LogRecord> records = new ArrayList<>();
    private final java.util.logging.Logger logger = java.util.logging.Logger.getLogger(LocalVerificationKey.class.getName());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        logger.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        logger.removeHandler(capture);
    }

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

        Map<String, String> properties = LocalVerificationKey.properties(dir);

        assertThat(properties).containsOnlyKeys("mp.jwt.verify.publickey");
        byte[] der = Base64.getDecoder().decode(properties.get("mp.jwt.verify.publickey"));
        assertThat(KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der)).getAlgorithm()).isEqualTo("RSA");
        assertThat(records).anySatisfy(r -> {
            assertThat(r.getLevel().intValue()).isGreaterThanOrEqualTo(Level.SEVERE.intValue());
            assertThat(formatted(r)).contains(dir.toString()).contains("PARALLAX_JWT_KEY_DIR")
                    .contains("MP_JWT_VERIFY_PUBLICKEY_LOCATION");
        });
    }

    private static String formatted(LogRecord record) {
        return record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
    }
}
