package dev.parallax.testing;

import java.io.IOException;
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
    static final String[] PACKAGES = {"graphql", "graphql-http"};

    private NodeScripts() {
    }

    /** What a command printed (stdout and stderr together) and its exit code. */
    public record Run(int exit, String output) {
    }

    /** {@code node script arguments...} in src/test/audit; fails when the packages cannot be installed. */
    public static Run node(String script, String... arguments) throws IOException, InterruptedException {
        for (String name : PACKAGES) {
            if (!Files.isDirectory(DIR.resolve("node_modules").resolve(name))) {
                Run install = run("npm", "ci", "--no-audit", "--no-fund");
                if (install.exit() != 0) {
                    throw new IllegalStateException("npm ci in " + DIR + " failed:\n" + install.output());
                }
                break;
            }
        }
        List<String> command = new ArrayList<>(List.of("node", script));
        command.addAll(List.of(arguments));
        return run(command.toArray(String[]::new));
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
