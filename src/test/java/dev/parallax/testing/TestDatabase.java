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
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A throwaway embedded PostgreSQL for the test run, with pg_stat_statements loaded so tests can
 * count the SQL statements a request costs on the server side. Outage tests can stop it and start it
 * again ({@link #stopServer}, {@link #startServer}): same port, same data.
 */
public class TestDatabase implements QuarkusTestResourceLifecycleManager {

    private static final Map<String, String> SERVER_CONFIG = Map.of(
            "shared_preload_libraries", "pg_stat_statements",
            "pg_stat_statements.track", "all",
            "fsync", "off",
            "synchronous_commit", "off",
            "full_page_writes", "off");

    /** As in production: a postmaster that dies is started again (stopServer ends the supervision with the server). */
    private static final Duration CHECK_INTERVAL = Duration.ofSeconds(1);

    /** The data directory, created once per run; zonky must not clean it (a restart keeps the data), so stop() deletes it. */
    private static Path dataDir;
    private static int port;
    /** The running server; null while stopped by {@link #stopServer}. */
    private static volatile EmbeddedPostgres server;

    @Override
    public synchronized Map<String, String> start() {
        if (dataDir == null) {
            try {
                dataDir = Files.createTempDirectory("parallax-test-pg");
                server = EmbeddedPostgres.start(dataDir, 0, true, SERVER_CONFIG).supervise(CHECK_INTERVAL);
                port = server.port();
                try (Connection c = server.connect(); Statement s = c.createStatement()) {
                    s.execute("create extension if not exists pg_stat_statements");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        } else {
            startServer();
        }
        return server.quarkusProperties();
    }

    @Override
    public synchronized void stop() {
        stopServer();
        if (dataDir != null) {
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            dataDir = null;
        }
    }

    /** Stops the server (pg_ctl stop, fast mode: open sessions are ended, committed data is checkpointed), keeping its data directory. */
    public static synchronized void stopServer() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** Starts the stopped server again on the same port and data directory, with the data it had; no-op if it runs. */
    public static synchronized void startServer() {
        if (server == null && dataDir != null) {
            server = EmbeddedPostgres.start(dataDir, port, true, SERVER_CONFIG).supervise(CHECK_INTERVAL);
        }
    }

    /** The process ID of the running postmaster, for tests that kill it. */
    public static long postmasterPid() {
        EmbeddedPostgres running = server;
        if (running == null) {
            throw new IllegalStateException("the test database is stopped (TestDatabase.stopServer)");
        }
        return running.postmasterPid();
    }

    /** A JDBC connection to the test database, for arranging data and checking what was written. */
    public static Connection connect() throws SQLException {
        EmbeddedPostgres running = server;
        if (running == null) {
            throw new SQLException("the test database is stopped (TestDatabase.stopServer)", "08001");
        }
        return running.connect();
    }
}
