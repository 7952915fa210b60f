package dev.parallax.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.testing.RawHttp;
import dev.parallax.testing.RawHttp.Reply;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The endpoint's switches and limits are configuration: introspection off, GET off, tighter limits. */
@QuarkusTest
@TestProfile(EndpointSwitchesTest.Locked.class)
class EndpointSwitchesTest {

    /** A locked-down deployment. */
    public static class Locked implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("parallax.graphql.introspection", "false", "parallax.graphql.allow-get", "false",
                    "parallax.graphql.max-depth", "2", "parallax.graphql.max-aliases", "1",
                    "parallax.graphql.max-batch-operations", "1");
        }
    }

    // The documents stay inline: each is shaped against one of the switches or limits above (depth 2, one alias).

    @Test
    void introspectionAndTheSchemaDownloadAreOff() {
        Reply schema = RawHttp.postJson(Map.of("query", "{ __schema { description } }"), Map.of());
        assertThat(schema.json().path("errors").get(0).path("extensions").path("code").asText()).isEqualTo("INTROSPECTION_DISABLED");
        assertThat(schema.json().path("errors").get(0).path("message").asText()).contains("Introspection");
        assertThat(schema.json().path("data").path("__schema").isMissingNode() || schema.json().path("data").path("__schema").isNull()).isTrue();
        assertThat(RawHttp.send("GET", "/graphql/schema.graphql", Map.of(), null).status()).isEqualTo(404);
        Reply normal = RawHttp.postJson(Map.of("query", "{ agreements { slug } }"), Map.of());
        assertThat(normal.json().path("data").path("agreements").toString()).contains("idlib-2020");
    }

    @Test
    void getIsOffAndTheTighterLimitsApply() {
        assertThat(RawHttp.send("GET", "/graphql?query=%7B__typename%7D", Map.of(), null).status()).isEqualTo(405);
        Reply deep = RawHttp.postJson(Map.of("query", "{ agreements { clauses { number } } }"), Map.of());
        assertThat(deep.json().path("errors").get(0).path("extensions").path("code").asText()).isEqualTo("QUERY_TOO_DEEP");
        Reply aliased = RawHttp.postJson(Map.of("query", "{ a: __typename b: __typename }"), Map.of());
        assertThat(aliased.json().path("errors").get(0).path("extensions").path("code").asText()).isEqualTo("TOO_MANY_ALIASES");
        Reply batch = RawHttp.send("POST", "/graphql", Map.of("Content-Type", "application/json"),
                "[{\"query\": \"{ __typename }\"}, {\"query\": \"{ __typename }\"}]".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(batch.status()).isEqualTo(400);
        assertThat(batch.json().path("errors").get(0).path("extensions").path("code").asText()).isEqualTo("TOO_MANY_OPERATIONS");
    }
}
