package dev.parallax.db;

import java.nio.file.Path;
import java.util.Map;

/**
 * Run in a JVM of its own by {@link LeftoverServerTest}: starts the embedded PostgreSQL on the given data directory,
 * says "READY port pid" and waits to be killed, leaving the server orphaned as a killed Parallax would.
 */
public final class OrphanedServer {

    private OrphanedServer() {
    }

    public static void main(String... args) throws InterruptedException {
        EmbeddedPostgres db = EmbeddedPostgres.start(Path.of(args[0]), 0, true, Map.of());
        System.out.println("READY " + db.port() + " " + db.postmasterPid());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
