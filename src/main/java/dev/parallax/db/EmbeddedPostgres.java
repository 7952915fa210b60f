package dev.parallax.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/** Starts a local PostgreSQL server (zonky binaries) and tells Quarkus how to reach it. */
public final class EmbeddedPostgres implements AutoCloseable {

    static final String DATABASE = "parallax";
    private static final String SUPERUSER = "postgres";

    private final io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

    private EmbeddedPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server) {
        this.server = server;
    }

    /**
     * Starts a server on {@code dataDir}. A persistent directory keeps its data across restarts;
     * {@code port} 0 picks a free port.
     */
    public static EmbeddedPostgres start(Path dataDir, int port, boolean persistent,
            Map<String, String> serverConfig) {
        try {
            Files.createDirectories(dataDir);
            var builder = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(!persistent)
                    .setServerConfig("listen_addresses", "localhost")
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C.UTF-8");
            if (persistent) {
                // zonky's defaults trade durability for speed (-F, synchronous_commit=off): fine for a
                // throwaway test server, not for data the service has acknowledged.
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
            }
            serverConfig.forEach(builder::setServerConfig);
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres started = new EmbeddedPostgres(builder.start());
            started.createDatabaseIfMissing();
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    private void createDatabaseIfMissing() {
        try (Connection c = server.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            var rs = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
            if (!rs.next()) {
                s.execute("create database " + DATABASE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the database " + DATABASE, e);
        }
    }

    public int port() {
        return server.getPort();
    }

    /** A JDBC connection to the application database, for tests and tooling. */
    public Connection connect() throws SQLException {
        return server.getDatabase(SUPERUSER, DATABASE).getConnection();
    }

    /** The Quarkus properties that point the service at this server. */
    public Map<String, String> quarkusProperties() {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("quarkus.datasource.reactive.url",
                "postgresql://localhost:" + port() + "/" + DATABASE);
        props.put("quarkus.datasource.username", SUPERUSER);
        props.put("quarkus.datasource.password", "");
        return props;
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
