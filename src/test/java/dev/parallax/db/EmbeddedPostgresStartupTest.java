package dev.parallax.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The embedded server started in the background: its URL is known at once; the wait gives the server or its error. */
class EmbeddedPostgresStartupTest {

    @Test
    void theUrlIsKnownBeforeTheServerRunsAndTheWaitEndsWithTheServerOnIt() throws Exception {
        Path dataDir = Files.createTempDirectory("parallax-background-pg");
        try {
            Map<String, String> properties = EmbeddedPostgresStartup.begin(dataDir, 0, Duration.ofSeconds(1));
            String url = properties.get("quarkus.datasource.reactive.url");
            assertThat(url).matches("postgresql://localhost:\\d+/parallax");
            try (EmbeddedPostgres db = EmbeddedPostgresStartup.await()) {
                assertThat(url).contains(":" + db.port() + "/");
                try (Connection c = db.connect(); Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("select current_database()")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo("parallax");
                }
            }
        } finally {
            delete(dataDir);
        }
    }

    @Test
    void aServerThatCannotStartFailsTheWaitWithItsError() throws Exception {
        Path notADirectory = Files.createTempFile("parallax-background-pg", ".file");
        try {
            EmbeddedPostgresStartup.begin(notADirectory.resolve("pgdata"), 0, Duration.ofSeconds(1));
            assertThatThrownBy(EmbeddedPostgresStartup::await).isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("data directory");
        } finally {
            Files.deleteIfExists(notADirectory);
        }
    }

    private static void delete(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
