package dev.parallax.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.graphql.GlobalId;
import dev.parallax.graphql.NodeType;
import dev.parallax.testing.BulkCorpus;
import dev.parallax.testing.Documents;
import dev.parallax.testing.GraphQl;
import dev.parallax.testing.RawHttp;
import dev.parallax.testing.RawHttp.Reply;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What well-behaved clients get: GET for queries, batches, content negotiation, CORS, and text kept exactly. */
@QuarkusTest
class GraphQlOverHttpTest {

    // Documents sent in a URL or a hand-written batch body stay inline: the encoding is what these tests are about.

    @Test
    void queriesMayUseGet() {
        Reply reply = RawHttp.send("GET", "/graphql?query=" + URLEncoder.encode("query Slugs { agreements { slug } }",
                StandardCharsets.UTF_8) + "&operationName=Slugs", Map.of("Accept", "application/graphql-response+json"), null);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).isEqualTo("application/graphql-response+json; charset=utf-8");
        assertThat(reply.json().path("data").path("agreements").toString()).contains("idlib-2020");
    }

    @Test
    void aBatchAnswersEachOperationInOrder() {
        Reply reply = RawHttp.send("POST", "/graphql", Map.of("Content-Type", "application/json"),
                "[{\"query\": \"{ agreements { slug } }\"}, {\"query\": \"{ __typename }\"}, {\"query\": \"{ nope }\"}]"
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().isArray()).isTrue();
        assertThat(reply.json().size()).isEqualTo(3);
        assertThat(reply.json().get(0).path("data").path("agreements").toString()).contains("idlib-2020");
        assertThat(reply.json().get(1).path("data").path("__typename").asText()).isEqualTo("Query");
        assertThat(reply.json().get(2).path("errors").get(0).path("extensions").path("code").asText())
                .isEqualTo("GRAPHQL_VALIDATION_FAILED");
    }

    @Test
    void jsonWithAUtf8CharsetInAnyCaseOrRepeatedIsAccepted() {
        for (String contentType : new String[] {"application/json; charset=utf-8", "Application/JSON;Charset=\"UTF-8\"",
                "application/json, application/json", "application/json; charset=utf-8, application/json"}) {
            Reply reply = RawHttp.send("POST", "/graphql", Map.of("Content-Type", contentType),
                    "{\"query\": \"{ __typename }\"}".getBytes(StandardCharsets.UTF_8));
            assertThat(reply.status()).as(contentType).isEqualTo(200);
            assertThat(reply.json().path("data").path("__typename").asText()).as(contentType).isEqualTo("Query");
        }
    }

    /**
     * The headers GraphiQL 3 (smallrye-graphql-ui-graphiql 2.17.0, served at /q/graphql-ui/) sends from a browser:
     * its fetcher sets {@code content-type} and {@code accept}, the page's defaults set {@code Content-Type} and
     * {@code Accept} again, and fetch joins the pairs. IntrospectionQuery goes through its simple fetcher (one Accept).
     */
    @Test
    void graphiqlsHeadersAreAccepted() {
        String origin = "http://localhost:" + RestAssured.port;
        Reply introspection = RawHttp.send("POST", "/graphql", Map.of("Content-Type", "application/json, application/json",
                "Accept", "application/json", "Origin", origin),
                "{\"query\": \"query IntrospectionQuery { __schema { queryType { name } } }\", \"operationName\": \"IntrospectionQuery\"}"
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(introspection.status()).isEqualTo(200);
        assertThat(introspection.json().path("data").path("__schema").path("queryType").path("name").asText()).isEqualTo("Query");
        Reply query = RawHttp.send("POST", "/graphql", Map.of("Content-Type", "application/json, application/json",
                "Accept", "application/json, multipart/mixed, application/json", "Origin", origin),
                "{\"query\": \"{ agreements { slug } }\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(query.status()).isEqualTo(200);
        assertThat(query.contentType()).isEqualTo("application/json; charset=utf-8");
        assertThat(query.json().path("data").path("agreements").toString()).contains("idlib-2020");
    }

    @Test
    void otherOriginsGetNoCorsGrant() {
        Reply preflight = RawHttp.send("OPTIONS", "/graphql", Map.of("Origin", "https://elsewhere.example",
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type,authorization"), null);
        assertThat(preflight.status()).isEqualTo(403);
        Reply simple = RawHttp.send("GET", "/graphql?query=%7B__typename%7D", Map.of("Origin", "https://elsewhere.example"), null);
        assertThat(simple.status()).isEqualTo(403);
    }

    @Test
    void rightToLeftMarksCombiningCharactersAndEmojiAreStoredExactly() throws Exception {
        String agreement = GlobalId.of(NodeType.Agreement, BulkCorpus.ensure("unicode-exact", 0));
        String text = "\u200F\u0627\u062A\u0641\u0627\u0642 \u0625\u062F\u0644\u0628\u200E — Cafe\u0301 talks in Moscow 🇷🇺🇹🇷,"
                + " a Zalgo t\u0336\u0321e\u0334\u031Bx\u0335t and a zero\u200Bwidth space. The corridor is 6 km wide.";
        JsonPath added = GraphQl.post(Documents.load("http/GraphQlOverHttpTest/AddSource"),
                Map.of("input", Map.of("agreementId", agreement, "text", text, "title", "\u200Fعنوان\u200E title"))).extract().jsonPath();
        assertThat(added.getList("errors")).isNull();
        assertThat(added.getString("data.addSource.source.text")).isEqualTo(text);
        String id = added.getString("data.addSource.source.id");
        JsonPath read = GraphQl.anonymous(Documents.load("http/GraphQlOverHttpTest/SourceText"), Map.of("id", id))
                .extract().jsonPath();
        assertThat(read.getString("data.source.text")).isEqualTo(text);
        assertThat(read.getString("data.source.title")).isEqualTo("\u200Fعنوان\u200E title");
    }
}
