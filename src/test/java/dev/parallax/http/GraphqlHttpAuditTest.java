package dev.parallax.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.testing.NodeScripts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

/**
 * A peer's audit: graphql-http's server audits (npm, pinned in src/test/audit/package-lock.json) run
 * against the service under test. Needs Node.js 18+ and npm; it installs the package on first run.
 */
@QuarkusTest
class GraphqlHttpAuditTest {

    @Test
    void theServerAuditFindsNoErrorsAndNoWarnings() throws Exception {
        NodeScripts.Run audit = NodeScripts.node("audit.mjs", "http://localhost:" + RestAssured.port + "/graphql");
        assertThat(audit.exit()).as(audit.output()).isZero();
        assertThat(audit.output()).contains("0 warnings, 0 errors").doesNotContain("\nwarn ", "\nerror ");
    }
}
