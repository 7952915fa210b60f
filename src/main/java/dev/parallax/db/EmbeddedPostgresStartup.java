package dev.parallax.db;

import io.quarkus.arc.Unremovable;
import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jboss.logging.Logger;

/**
 * Starts the embedded PostgreSQL on a thread of its own while Quarkus and Hibernate boot, instead of before them;
 * Flyway, the first to connect, waits here for the server to accept connections (or fails the start with its error).
 */
@Singleton
@Unremovable
public class EmbeddedPostgresStartup implements FlywayConfigurationCustomizer {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgres.class);
    /** The server being started; a completed null when nothing embedded is started (external database, tests). */
    private static volatile CompletableFuture<EmbeddedPostgres> starting = CompletableFuture.completedFuture(null);

    /**
     * Begins starting a persistent server on {@code dataDir} (supervised every {@code checkEvery}) and returns at once
     * the Quarkus properties that point at it. {@code port} 0 picks a free port now, so that the URL is known before
     * the server runs.
     */
    public static Map<String, String> begin(Path dataDir, int port, Duration checkEvery) {
        int chosen = port > 0 ? port : freePort();
        CompletableFuture<EmbeddedPostgres> server = new CompletableFuture<>();
        starting = server;
        // Not a daemon: should Quarkus end first, the JVM waits for the server, whose shutdown hook then stops it.
        Thread thread = new Thread(() -> {
            long started = System.nanoTime();
            try {
                EmbeddedPostgres db = EmbeddedPostgres.start(dataDir, chosen, true, Map.of()).supervise(checkEvery);
                LOG.infof("The embedded PostgreSQL is ready on port %d (%d ms)", chosen,
                        (System.nanoTime() - started) / 1_000_000);
                server.complete(db);
            } catch (Throwable e) {
                server.completeExceptionally(e);
            }
        }, "embedded-postgres-start");
        thread.start();
        return EmbeddedPostgres.quarkusProperties(chosen);
    }

    /** Waits until the server begun by {@link #begin} accepts connections (null: none begun); rethrows its error. */
    public static EmbeddedPostgres await() {
        try {
            return starting.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    @Override
    public void customize(org.flywaydb.core.api.configuration.FluentConfiguration configuration) {
        await();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("could not find a free port for the embedded PostgreSQL", e);
        }
    }
}
