package dev.parallax.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.testing.NodeScripts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

/**
 * The served SDL loads in graphql-js {@code buildSchema} (src/test/audit/build-schema.mjs), as codegen, linters and
 * IDEs load it: every scalar it uses is declared. Needs Node.js 18+ and npm.
 */
@QuarkusTest
class SchemaLoadsInGraphqlJsTest {

    @Test
    void theServedSchemaLoadsInGraphqlJs() throws Exception {
        NodeScripts.Run build = NodeScripts.node("build-schema.mjs",
                "http://localhost:" + RestAssured.port + "/graphql/schema.graphql");
        assertThat(build.exit()).as(build.output()).isZero();
        assertThat(build.output()).contains("graphql-js buildSchema: ");
    }
}
