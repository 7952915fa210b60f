package dev.parallax.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** What the embedded database needs to know about other processes of this machine (Linux /proc). */
final class LocalProcesses {

    private LocalProcesses() {
    }

    /** Whether the process runs; a zombie (exited, not yet reaped) does not. */
    static boolean alive(long pid) {
        if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // "pid (command) S ...": the state follows the last ')' (a command name may hold one itself).
            int end = stat.lastIndexOf(')');
            return end < 0 || end + 2 >= stat.length() || stat.charAt(end + 2) != 'Z';
        } catch (IOException e) {
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        }
    }

    /** Whether the process is a PostgreSQL server whose working directory (a postmaster's is its data directory) is {@code dataDir}. */
    static boolean isPostgresServing(long pid, Path dataDir) {
        // A postmaster's argv[0] is its path; its children retitle themselves "postgres: checkpointer" and so on.
        return command(pid).filter(c -> c.endsWith("/postgres") || c.startsWith("postgres")).isPresent()
                && workingDirectory(pid).filter(cwd -> sameFile(cwd, dataDir)).isPresent();
    }

    /** Every PostgreSQL process (postmaster, backend, worker) whose working directory is {@code dataDir}. */
    static List<Long> postgresServing(Path dataDir) {
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            return procs.map(p -> p.getFileName().toString()).filter(name -> name.chars().allMatch(Character::isDigit))
                    .map(Long::parseLong).filter(pid -> isPostgresServing(pid, dataDir)).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The program the process runs, as it was started (argv[0]), if it can be read. */
    static Optional<String> command(long pid) {
        try {
            byte[] cmdline = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
            int end = 0;
            while (end < cmdline.length && cmdline[end] != 0) {
                end++;
            }
            return end == 0 ? Optional.empty() : Optional.of(new String(cmdline, 0, end, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Sends a signal by name (INT is PostgreSQL's fast shutdown, which Java's ProcessHandle cannot send); true when
     * it was delivered.
     */
    static boolean signal(long pid, String signal) {
        try {
            // The shell's built-in kill: a slim container image may have no kill program.
            Process kill = new ProcessBuilder("sh", "-c", "kill -s " + signal + " " + pid)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Waits until the process has gone; true if it did within {@code limit}. */
    static boolean awaitExit(long pid, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (alive(pid)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return !alive(pid);
            }
        }
        return true;
    }

    private static Optional<Path> workingDirectory(long pid) {
        try {
            return Optional.of(Path.of("/proc", Long.toString(pid), "cwd").toRealPath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
