package dev.parallax.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A peer's audit: graphql-http's server audits (npm, pinned in src/test/audit/package-lock.json) run
 * against the service under test. Needs Node.js 18+ and npm; it installs the package on first run.
 */
@QuarkusTest
class GraphqlHttpAuditTest {

    static final Path AUDIT = Path.of("src/test/audit");

    @Test
    void theServerAuditFindsNoErrorsAndNoWarnings() throws Exception {
        if (!Files.isDirectory(AUDIT.resolve("node_modules/graphql-http"))) {
            Run install = run("npm", "ci", "--no-audit", "--no-fund");
            assertThat(install.exit()).as("npm ci in %s:%n%s", AUDIT, install.output()).isZero();
        }
        Run audit = run("node", "audit.mjs", "http://localhost:" + RestAssured.port + "/graphql");
        assertThat(audit.exit()).as(audit.output()).isZero();
        assertThat(audit.output()).contains("0 warnings, 0 errors").doesNotContain("\nwarn ", "\nerror ");
    }

    record Run(int exit, String output) {
    }

    private static Run run(String... command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(List.of(command)).directory(AUDIT.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException("The graphql-http audit needs Node.js and npm on the PATH (" + command[0] + ")", e);
        }
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish in 5 minutes");
        }
        return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
