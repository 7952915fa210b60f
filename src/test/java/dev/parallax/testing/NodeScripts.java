package dev.parallax.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the Node scripts of src/test/audit against the service under test, with the npm packages pinned in its
 * package-lock.json (installed on first run). Needs Node.js 18+ and npm on the PATH.
 */
public final class NodeScripts {

    static final Path DIR = Path.of("src/test/audit");
    static final String[] PACKAGES = {"graphql", "graphql-http", "graphql-ws", "ws"};

    private NodeScripts() {
    }

    /** What a command printed (stdout and stderr together) and its exit code. */
    public record Run(int exit, String output) {
    }

    /** {@code node script arguments...} in src/test/audit; fails when the packages cannot be installed. */
    public static Run node(String script, String... arguments) throws IOException, InterruptedException {
        install();
        List<String> command = new ArrayList<>(List.of("node", script));
        command.addAll(List.of(arguments));
        return run(command.toArray(String[]::new));
    }

    /** A script left running: its output lines arrive on {@link Running#lines()} as it prints them. */
    public record Running(Process process, BlockingQueue<String> lines) implements AutoCloseable {

        /** The next line printed, waiting at most {@code timeout}; null when none came. */
        public String next(Duration timeout) throws InterruptedException {
            return lines.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }

        /** Waits for a line starting with {@code prefix}, skipping others; null when none came in time. */
        public String await(String prefix, Duration timeout) throws InterruptedException {
            long end = System.nanoTime() + timeout.toNanos();
            for (long left = timeout.toNanos(); left > 0; left = end - System.nanoTime()) {
                String line = lines.poll(left, TimeUnit.NANOSECONDS);
                if (line != null && line.startsWith(prefix)) {
                    return line;
                }
            }
            return null;
        }

        @Override
        public void close() {
            process.destroyForcibly();
        }
    }

    /** Starts {@code node script arguments...} in src/test/audit without waiting for it. */
    public static Running start(String script, String... arguments) throws IOException, InterruptedException {
        install();
        List<String> command = new ArrayList<>(List.of("node", script));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(DIR.toFile()).redirectErrorStream(true).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("READ-FAILED " + e.getMessage());
            }
        }, "node-" + script);
        reader.setDaemon(true);
        reader.start();
        return new Running(process, lines);
    }

    private static void install() throws IOException, InterruptedException {
        for (String name : PACKAGES) {
            if (!Files.isDirectory(DIR.resolve("node_modules").resolve(name))) {
                Run install = run("npm", "ci", "--no-audit", "--no-fund");
                if (install.exit() != 0) {
                    throw new IllegalStateException("npm ci in " + DIR + " failed:\n" + install.output());
                }
                break;
            }
        }
    }

    private static Run run(String... command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(List.of(command)).directory(DIR.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException("The Node scripts of " + DIR + " need Node.js and npm on the PATH (" + command[0] + ")", e);
        }
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish in 5 minutes");
        }
        return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
