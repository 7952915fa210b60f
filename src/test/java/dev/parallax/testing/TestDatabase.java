package dev.parallax.testing;

import dev.parallax.db.EmbeddedPostgres;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A throwaway embedded PostgreSQL for the test run, with pg_stat_statements loaded so tests can
 * count the SQL statements a request costs on the server side.
 */
public class TestDatabase implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedPostgres server;

    @Override
    public synchronized Map<String, String> start() {
        if (server == null) {
            try {
                Path dir = Files.createTempDirectory("parallax-test-pg");
                server = EmbeddedPostgres.start(dir, 0, false, Map.of(
                        "shared_preload_libraries", "pg_stat_statements",
                        "pg_stat_statements.track", "all",
                        "fsync", "off",
                        "synchronous_commit", "off",
                        "full_page_writes", "off"));
                try (Connection c = server.connect(); Statement s = c.createStatement()) {
                    s.execute("create extension if not exists pg_stat_statements");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return server.quarkusProperties();
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** A JDBC connection to the test database, for arranging data and checking what was written. */
    public static Connection connect() throws SQLException {
        return server.connect();
    }
}
