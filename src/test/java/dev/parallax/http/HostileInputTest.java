package dev.parallax.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.graphql.GlobalId;
import dev.parallax.graphql.NodeType;
import dev.parallax.testing.Documents;
import dev.parallax.testing.GraphQl;
import dev.parallax.testing.RawHttp;
import dev.parallax.testing.RawHttp.Reply;
import dev.parallax.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Hostile and malformed requests: each gets a GraphQL error with {@code extensions.code}, the status the
 * GraphQL-over-HTTP spec asks for (never 5xx), no internals in the message, and leaves every table as it was.
 */
@QuarkusTest
class HostileInputTest {

    // The requests under test stay inline, documents included: each case reads as the request it sends (the lone
    // surrogate case splices ADD_SOURCE into raw JSON as it stands); only the fixtures' lookups are .graphql files.
    static final String ADD_SOURCE = "mutation($input: AddSourceInput!) { addSource(input: $input) { created source { id } } }";
    static final String ADD_CLAIM = "mutation($input: AddClaimInput!) { addClaim(input: $input) { claim { id } } }";
    static final String CONFIRM = "mutation($input: ReviewClaimInput!) { confirmClaim(input: $input) { claim { id } } }";
    static final String JSON = "application/json";
    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    static final Map<String, String> EDITOR = Map.of("Authorization", "Bearer " + Tokens.valid("hostile-editor", "editor"));

    @TestFactory
    Stream<DynamicTest> everyHostileRequestIsRefusedCleanly() {
        String agreement = GraphQl.seedAgreementId();
        var source = GraphQl.post(Documents.load("http/HostileInputTest/AgreementSources"), Map.of("a", agreement))
                .extract().jsonPath();
        String sourceId = source.getString("data.sources.nodes[0].id");
        String claimId = GraphQl.post(Documents.load("http/HostileInputTest/FirstClaim")).extract().jsonPath()
                .getString("data.claims.nodes[0].id");
        String article = "An article of modest length that names no agreement at all. ".repeat(5);

        List<DynamicTest> cases = new ArrayList<>();
        // ---- HTTP: bodies, methods, media types -------------------------------------------------------
        cases.add(refused("malformed JSON", 400, "BAD_REQUEST",
                () -> raw("POST", JSON, "{\"query\": \"{ __typename }\"")));
        cases.add(refused("JSON nested over 1,000 deep", 400, "BAD_REQUEST", () -> raw("POST", JSON,
                "{\"query\": \"{ __typename }\", \"variables\": {\"x\": " + "[".repeat(1001) + "]".repeat(1001) + "}}")));
        cases.add(refused("number of over 1,100 digits", 400, "BAD_REQUEST", () -> raw("POST", JSON,
                "{\"query\": \"{ __typename }\", \"variables\": {\"x\": " + "9".repeat(1200) + "}}")));
        cases.add(refused("duplicate keys", 400, "BAD_REQUEST", () -> raw("POST", JSON,
                "{\"query\": \"{ __typename }\", \"query\": \"{ agreements { id } }\"}")));
        cases.add(refused("duplicate keys in the variables", 400, "BAD_REQUEST", () -> raw("POST", JSON,
                "{\"query\": \"query($n: Int) { claims(first: $n) { nodes { id } } }\", \"variables\": {\"n\": 1, \"n\": 2}}")));
        cases.add(refused("garbage after the JSON body", 400, "BAD_REQUEST",
                () -> raw("POST", JSON, "{\"query\": \"{ __typename }\"} garbage")));
        cases.add(refused("second JSON value after the body", 400, "BAD_REQUEST",
                () -> raw("POST", JSON, "{\"query\": \"{ __typename }\"} {\"query\": \"{ __typename }\"}")));
        cases.add(refused("JSON that is not an object", 400, "BAD_REQUEST", () -> raw("POST", JSON, "\"{ __typename }\"")));
        cases.add(refused("empty body", 400, "BAD_REQUEST", () -> raw("POST", JSON, "")));
        cases.add(refused("query that is not a string", 400, "BAD_REQUEST", () -> raw("POST", JSON, "{\"query\": 42}")));
        cases.add(refused("variables that are not an object", 400, "BAD_REQUEST",
                () -> raw("POST", JSON, "{\"query\": \"{ __typename }\", \"variables\": \"{}\"}")));
        cases.add(refused("body that is not UTF-8", 400, "BAD_REQUEST", () -> RawHttp.send("POST", "/graphql",
                Map.of("Content-Type", JSON), new byte[] {'{', '"', 'q', (byte) 0xC3, (byte) 0x28, '"', '}'})));
        cases.add(refused("text/plain POST (CSRF)", 415, "UNSUPPORTED_MEDIA_TYPE",
                () -> raw("POST", "text/plain", mutationBody(CONFIRM, Map.of("input", Map.of("claimId", claimId))))));
        cases.add(refused("form-encoded POST (CSRF)", 415, "UNSUPPORTED_MEDIA_TYPE", () -> raw("POST",
                "application/x-www-form-urlencoded", "query=" + URLEncoder.encode("mutation { rejectClaim(input: {claimId: \""
                        + claimId + "\"}) { claim { id } } }", StandardCharsets.UTF_8))));
        cases.add(refused("multipart POST", 415, "UNSUPPORTED_MEDIA_TYPE",
                () -> raw("POST", "multipart/form-data; boundary=x", "--x\r\n\r\n{ __typename }\r\n--x--")));
        cases.add(refused("POST without a content type", 415, "UNSUPPORTED_MEDIA_TYPE",
                () -> RawHttp.send("POST", "/graphql", Map.of(), "{\"query\": \"{ __typename }\"}".getBytes(StandardCharsets.UTF_8))));
        cases.add(refused("application/graphql body", 415, "UNSUPPORTED_MEDIA_TYPE", () -> raw("POST", "application/graphql", "{ __typename }")));
        cases.add(refused("JSON in a non-UTF-8 charset", 415, "UNSUPPORTED_MEDIA_TYPE",
                () -> raw("POST", "application/json; charset=iso-8859-1", "{\"query\": \"{ __typename }\"}")));
        cases.add(refused("a list mixing JSON and text/plain (CSRF)", 415, "UNSUPPORTED_MEDIA_TYPE",
                () -> raw("POST", "application/json, text/plain", mutationBody(CONFIRM, Map.of("input", Map.of("claimId", claimId))))));
        cases.add(refused("a list mixing a form and JSON (CSRF)", 415, "UNSUPPORTED_MEDIA_TYPE",
                () -> raw("POST", "application/x-www-form-urlencoded, application/json", "{\"query\": \"{ __typename }\"}")));
        cases.add(refused("a second Content-Type line of text/plain", 415, "UNSUPPORTED_MEDIA_TYPE", () -> RawHttp.send("POST", "/graphql",
                List.of(Map.entry("Content-Type", JSON), Map.entry("Content-Type", "text/plain")),
                "{\"query\": \"{ __typename }\"}".getBytes(StandardCharsets.UTF_8))));
        cases.add(refused("a JSON list with one non-UTF-8 charset", 415, "UNSUPPORTED_MEDIA_TYPE",
                () -> raw("POST", "application/json, application/json; charset=iso-8859-1", "{\"query\": \"{ __typename }\"}")));
        cases.add(refused("two charsets, one not UTF-8", 415, "UNSUPPORTED_MEDIA_TYPE",
                () -> raw("POST", "application/json; charset=utf-8; charset=iso-8859-1", "{\"query\": \"{ __typename }\"}")));
        cases.add(refused("a JSON list with an empty member", 415, "UNSUPPORTED_MEDIA_TYPE",
                () -> raw("POST", "application/json,", "{\"query\": \"{ __typename }\"}")));
        cases.add(refused("only text/html accepted", 406, "NOT_ACCEPTABLE", () -> RawHttp.send("POST", "/graphql",
                Map.of("Content-Type", JSON, "Accept", "text/html"), "{\"query\": \"{ __typename }\"}".getBytes(StandardCharsets.UTF_8))));
        cases.add(refused("mutation over GET", 405, "METHOD_NOT_ALLOWED", () -> RawHttp.send("GET", "/graphql?query="
                + URLEncoder.encode("mutation { rejectClaim(input: {claimId: \"" + claimId + "\"}) { claim { id } } }", StandardCharsets.UTF_8),
                EDITOR, null)));
        cases.add(refused("PUT", 405, "METHOD_NOT_ALLOWED", () -> raw("PUT", JSON, "{\"query\": \"{ __typename }\"}")));
        cases.add(refused("GET without a query", 400, "BAD_REQUEST", () -> RawHttp.send("GET", "/graphql?variables=%7B%7D", Map.of(), null)));
        cases.add(refused("WebSocket upgrade without the graphql-transport-ws subprotocol", 400, "BAD_REQUEST",
                () -> webSocketUpgrade("Sec-WebSocket-Protocol: graphql-ws\r\n")));
        cases.add(refused("body over the size limit", 413, "PAYLOAD_TOO_LARGE",
                () -> raw("POST", JSON, "{\"query\": \"{ __typename }\", \"variables\": {\"x\": \"" + "a".repeat(5 * 1024 * 1024) + "\"}}")));
        // ---- Batches ------------------------------------------------------------------------------
        cases.add(refused("batch over the operation limit", 400, "TOO_MANY_OPERATIONS",
                () -> raw("POST", JSON, "[" + String.join(",", java.util.Collections.nCopies(6, "{\"query\": \"{ __typename }\"}")) + "]")));
        cases.add(refused("empty batch", 400, "BAD_REQUEST", () -> raw("POST", JSON, "[]")));
        cases.add(refused("batch smuggling an anonymous mutation", 200, "UNAUTHENTICATED", () -> raw("POST", JSON,
                "[{\"query\": \"{ __typename }\"}, " + mutationBody(CONFIRM, Map.of("input", Map.of("claimId", claimId))) + "]")));
        // ---- Documents: syntax, operations, cost ---------------------------------------------------
        cases.add(refused("syntax error (application/json)", 200, "GRAPHQL_PARSE_FAILED", () -> query("{ agreements { id ", Map.of())));
        cases.add(refused("syntax error (graphql-response+json)", 400, "GRAPHQL_PARSE_FAILED",
                () -> RawHttp.postJson(Map.of("query", "{ agreements { id "), Map.of("Accept", GRAPHQL_RESPONSE))));
        cases.add(refused("unknown field, no suggestions", 200, "GRAPHQL_VALIDATION_FAILED", () -> query("{ agreement { id } agreemnts { id } }", Map.of())));
        cases.add(refused("unknown operation name", 200, "OPERATION_RESOLUTION_FAILURE",
                () -> RawHttp.postJson(Map.of("query", "query A { __typename }", "operationName", "B"), Map.of())));
        cases.add(refused("several operations, none named", 200, "OPERATION_RESOLUTION_FAILURE",
                () -> query("query A { __typename } query B { __typename }", Map.of())));
        cases.add(refused("deep nesting through the schema", 200, "QUERY_TOO_DEEP", () -> query(
                "query($a: ID!) { sources(agreementId: $a, first: 1) { nodes { " + "claims { source { ".repeat(8) + "id"
                        + " } }".repeat(8) + " } } }", Map.of("a", agreement))));
        cases.add(refused("deep nesting past the parser", 200, "QUERY_TOO_DEEP",
                () -> query("{ " + "a { ".repeat(400) + "b" + " }".repeat(400) + " }", Map.of())));
        cases.add(refused("1,000 aliases of one field", 200, "TOO_MANY_ALIASES", () -> query(aliases(1000), Map.of())));
        cases.add(refused("directive overloading", 200, "TOO_MANY_DIRECTIVES",
                () -> query("{ __typename" + " @include(if: true)".repeat(500) + " }", Map.of())));
        cases.add(refused("circular introspection", 200, "QUERY_TOO_DEEP", () -> query("{ __schema { types { "
                + "fields { type { ".repeat(8) + "name" + " } }".repeat(8) + " } } }", Map.of())));
        cases.add(refused("fragment cycle", 200, "GRAPHQL_VALIDATION_FAILED", () -> query(
                "query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }", Map.of())));
        cases.add(refused("fragment bomb", 200, "QUERY_TOO_COMPLEX", () -> query(fragmentBomb(), Map.of())));
        cases.add(refused("too many tokens", 200, "QUERY_TOO_LARGE", () -> query("{ " + "__typename ".repeat(6000) + "}", Map.of())));
        cases.add(refused("variable of the wrong type", 200, "GRAPHQL_VALIDATION_FAILED",
                () -> query("query($n: Int) { claims(first: $n) { nodes { id } } }", Map.of("n", "many"))));
        cases.add(refused("missing required variable", 200, "GRAPHQL_VALIDATION_FAILED",
                () -> query("query($id: ID!) { node(id: $id) { id } }", Map.of())));
        // ---- IDs, pages, cursors, filters ------------------------------------------------------------
        cases.add(refused("malformed global ID", 200, "BAD_USER_INPUT", () -> query("{ node(id: \"%%%not-base64\") { id } }", Map.of())));
        cases.add(refused("global ID of an unknown type", 200, "BAD_USER_INPUT",
                () -> query("query($id: ID!) { node(id: $id) { id } }", Map.of("id", b64("Planet:1")))));
        cases.add(refused("global ID with a non-numeric key", 200, "BAD_USER_INPUT",
                () -> query("query($id: ID!) { node(id: $id) { id } }", Map.of("id", b64("Source:1 or 1=1")))));
        for (String key : List.of("0001", "+1", "\u0661\u0662")) {
            cases.add(refused("non-canonical global ID Claim:" + key, 200, "BAD_USER_INPUT",
                    () -> query("query($id: ID!) { node(id: $id) { id } }", Map.of("id", b64("Claim:" + key)))));
        }
        cases.add(refused("global ID with base64 padding", 200, "BAD_USER_INPUT",
                () -> query("query($id: ID!) { node(id: $id) { id } }", Map.of("id", b64("Claim:1") + "=="))));
        cases.add(refused("foreign-type global ID", 200, "BAD_USER_INPUT",
                () -> query("query($id: ID!) { agreement(id: $id) { id } }", Map.of("id", sourceId))));
        cases.add(refused("page size zero", 200, "BAD_USER_INPUT", () -> query("{ claims(first: 0) { nodes { id } } }", Map.of())));
        cases.add(refused("negative page size", 200, "BAD_USER_INPUT", () -> query("{ claims(first: -5) { nodes { id } } }", Map.of())));
        cases.add(refused("huge page size", 200, "BAD_USER_INPUT", () -> query("{ claims(first: 1000000) { nodes { id } } }", Map.of())));
        cases.add(refused("page size beyond Int", 200, "GRAPHQL_VALIDATION_FAILED", () -> query("{ claims(first: 99999999999) { nodes { id } } }", Map.of())));
        cases.add(refused("page size that wraps to 1 in 32 bits", 200, "GRAPHQL_VALIDATION_FAILED",
                () -> query("query($n: Int) { claims(first: $n) { nodes { id } } }", Map.of("n", 4_294_967_297L))));
        cases.add(refused("page size as a float that wraps to 1 in 32 bits", 200, "GRAPHQL_VALIDATION_FAILED", () -> raw("POST", JSON,
                "{\"query\": \"query($n: Int) { claims(first: $n) { nodes { id } } }\", \"variables\": {\"n\": 4294967297.0}}")));
        cases.add(refused("fractional page size in a variable", 200, "GRAPHQL_VALIDATION_FAILED",
                () -> query("query($n: Int) { claims(first: $n) { nodes { id } } }", Map.of("n", 1.5))));
        cases.add(refused("fractional page size in the document", 200, "GRAPHQL_VALIDATION_FAILED",
                () -> query("{ claims(first: 1.5) { nodes { id } } }", Map.of())));
        cases.add(refused("page size beyond double in the document", 200, "GRAPHQL_VALIDATION_FAILED",
                () -> query("{ claims(first: 1e400) { nodes { id } } }", Map.of())));
        cases.add(refused("page size beyond double in a variable", 200, "GRAPHQL_VALIDATION_FAILED", () -> raw("POST", JSON,
                "{\"query\": \"query($n: Int) { claims(first: $n) { nodes { id } } }\", \"variables\": {\"n\": 1e400}}")));
        cases.add(refused("forged cursor", 200, "BAD_USER_INPUT", () -> query("{ claims(first: 5, after: \"b3ZlcjkwMDA\") { nodes { id } } }", Map.of())));
        cases.add(refused("cursor of garbage", 200, "BAD_USER_INPUT", () -> query("{ claims(first: 5, after: \"' OR 1=1 --\") { nodes { id } } }", Map.of())));
        cases.add(refused("SQL injection in a filter", 200, "BAD_USER_INPUT",
                () -> query("{ claims(facetKey: \"x'; drop table claim; --\") { nodes { id } } }", Map.of())));
        // ---- Text -------------------------------------------------------------------------------------
        cases.add(refused("NUL in a variable", 200, "BAD_USER_INPUT", () -> query(ADD_SOURCE,
                Map.of("input", Map.of("agreementId", agreement, "text", "before\u0000after " + article)), EDITOR)));
        cases.add(refused("NUL through a string escape in the query", 200, "BAD_USER_INPUT", () -> query(
                "mutation { addSource(input: {agreementId: \"" + agreement + "\", text: \"a\\u0000b\"}) { created } }", Map.of(), EDITOR)));
        cases.add(refused("lone surrogate in a variable", 200, "BAD_USER_INPUT", () -> RawHttp.send("POST", "/graphql",
                headers(JSON, EDITOR), ("{\"query\": \"" + ADD_SOURCE.replace("\"", "\\\"") + "\", \"variables\": {\"input\": {\"agreementId\": \""
                        + agreement + "\", \"text\": \"half \\ud800 a char\"}}}").getBytes(StandardCharsets.UTF_8))));
        for (String url : List.of("http://user:pass@example.org/a", "https://token@example.org/a")) {
            cases.add(refused("URL with credentials " + url, 200, "BAD_USER_INPUT", () -> query(ADD_SOURCE,
                    Map.of("input", Map.of("agreementId", agreement, "text", article, "url", url)), EDITOR)));
        }
        cases.add(refused("huge title", 200, "BAD_USER_INPUT", () -> query(ADD_SOURCE,
                Map.of("input", Map.of("agreementId", agreement, "text", article, "title", "T".repeat(100_000))), EDITOR)));
        cases.add(refused("oversized article", 200, "BAD_USER_INPUT", () -> query(ADD_SOURCE,
                Map.of("input", Map.of("agreementId", agreement, "text", "word ".repeat(60_000))), EDITOR)));
        cases.add(refused("huge attribution", 200, "BAD_USER_INPUT", () -> query(ADD_CLAIM, Map.of("input", claimInput(sourceId,
                "corridor-depth-south", 0, 5, Map.of("kind", "LENGTH", "amount", "6", "unit", "km"), "x".repeat(100_000))), EDITOR)));
        // ---- Claims: spans, facets, values --------------------------------------------------------
        cases.add(refused("quote span past the end of the text", 200, "BAD_USER_INPUT", () -> query(ADD_CLAIM, Map.of("input",
                claimInput(sourceId, "corridor-depth-south", 10, 999_999, Map.of("kind", "LENGTH", "amount", "6", "unit", "km"), null)), EDITOR)));
        cases.add(refused("quote end as a float that wraps to 1 in 32 bits", 200, "GRAPHQL_VALIDATION_FAILED", () -> RawHttp.send("POST",
                "/graphql", headers(JSON, EDITOR), mutationBody(ADD_CLAIM, Map.of("input", claimInput(sourceId, "corridor-depth-south",
                        0, 123_456_789, Map.of("kind", "LENGTH", "amount", "6", "unit", "km"), null)))
                        .replace("123456789", "4294967297.0").getBytes(StandardCharsets.UTF_8))));
        cases.add(refused("negative quote offset", 200, "BAD_USER_INPUT", () -> query(ADD_CLAIM, Map.of("input",
                claimInput(sourceId, "corridor-depth-south", -3, 5, Map.of("kind", "LENGTH", "amount", "6", "unit", "km"), null)), EDITOR)));
        cases.add(refused("empty quote span", 200, "BAD_USER_INPUT", () -> query(ADD_CLAIM, Map.of("input",
                claimInput(sourceId, "corridor-depth-south", 7, 7, Map.of("kind", "LENGTH", "amount", "6", "unit", "km"), null)), EDITOR)));
        cases.add(refused("reversed quote span", 200, "BAD_USER_INPUT", () -> query(ADD_CLAIM, Map.of("input",
                claimInput(sourceId, "corridor-depth-south", 20, 10, Map.of("kind", "LENGTH", "amount", "6", "unit", "km"), null)), EDITOR)));
        cases.add(refused("unknown facet key", 200, "BAD_USER_INPUT", () -> query(ADD_CLAIM, Map.of("input",
                claimInput(sourceId, "no-such-facet", 0, 5, Map.of("kind", "LENGTH", "amount", "6", "unit", "km"), null)), EDITOR)));
        cases.add(refused("value of the wrong kind for the facet", 200, "BAD_USER_INPUT", () -> query(ADD_CLAIM, Map.of("input",
                claimInput(sourceId, "corridor-depth-south", 0, 5, Map.of("kind", "DATE", "date", "2020-03-05"), null)), EDITOR)));
        cases.add(refused("value with fields of another kind", 200, "BAD_USER_INPUT", () -> query(ADD_CLAIM, Map.of("input",
                claimInput(sourceId, "corridor-depth-south", 0, 5, Map.of("kind", "LENGTH", "amount", "6", "unit", "km", "date", "2020-03-05"), null)), EDITOR)));
        cases.add(refused("unparseable amount", 200, "BAD_USER_INPUT", () -> query(ADD_CLAIM, Map.of("input",
                claimInput(sourceId, "corridor-depth-south", 0, 5, Map.of("kind", "LENGTH", "amount", "1e999999", "unit", "km"), null)), EDITOR)));
        cases.add(refused("instant with no UTC form (year -999999999 at +18:00)", 200, "BAD_USER_INPUT", () -> query(ADD_CLAIM,
                Map.of("input", claimInput(sourceId, "ceasefire-start", 0, 5,
                        Map.of("kind", "INSTANT", "at", "-999999999-01-01T00:00+18:00"), null)), EDITOR)));
        cases.add(refused("instant past year 9999", 200, "BAD_USER_INPUT", () -> query(ADD_CLAIM, Map.of("input",
                claimInput(sourceId, "ceasefire-start", 0, 5, Map.of("kind", "INSTANT", "at", "+10000-01-01T00:00Z"), null)), EDITOR)));
        // ---- Tokens and roles ----------------------------------------------------------------------
        Map<String, Object> confirm = Map.of("input", Map.of("claimId", claimId));
        cases.add(refused("mutation without a token", 200, "UNAUTHENTICATED", () -> query(CONFIRM, confirm)));
        cases.add(refused("expired token", 200, "UNAUTHENTICATED", () -> query(CONFIRM, confirm, bearer(Tokens.expired("eve", "editor")))));
        cases.add(refused("wrongly signed token", 200, "UNAUTHENTICATED", () -> query(CONFIRM, confirm, bearer(Tokens.wronglySigned("eve", "editor", "admin")))));
        cases.add(refused("token from another issuer", 200, "UNAUTHENTICATED", () -> query(CONFIRM, confirm, bearer(Tokens.fromOtherIssuer("eve", "editor")))));
        cases.add(refused("malformed token", 200, "UNAUTHENTICATED", () -> query(CONFIRM, confirm, bearer("not.a.jwt"))));
        cases.add(refused("unsigned token (alg none)", 200, "UNAUTHENTICATED", () -> query(CONFIRM, confirm, bearer(unsigned("eve", "editor")))));
        Instant inAnHour = Instant.now().plus(Duration.ofHours(1));
        cases.add(refused("token with groups as a string", 200, "UNAUTHENTICATED",
                () -> query(CONFIRM, confirm, bearer(Tokens.withClaims("eve", "reader editor", inAnHour)))));
        cases.add(refused("token valid for 100 years", 200, "UNAUTHENTICATED", () -> query(CONFIRM, confirm,
                bearer(Tokens.withClaims("eve", List.of("editor"), Instant.now().plus(Duration.ofDays(36_525)))))));
        cases.add(refused("token with a NUL in its subject", 200, "UNAUTHENTICATED",
                () -> query(CONFIRM, confirm, bearer(Tokens.withClaims("eve\u0000admin", List.of("editor"), inAnHour)))));
        cases.add(refused("valid token without the role", 200, "FORBIDDEN", () -> query(CONFIRM, confirm, bearer(Tokens.valid("reader", "reader")))));
        cases.add(refused("editor importing an agreement", 200, "FORBIDDEN", () -> query(
                "mutation($i: ImportAgreementInput!) { importAgreement(input: $i) { agreement { id } } }",
                Map.of("i", Map.of("agreementYaml", "slug: x")), bearer(Tokens.valid("ed", "editor")))));
        return cases.stream();
    }

    // ---- The check every case gets ---------------------------------------------------------------

    private static DynamicTest refused(String name, int status, String code, Supplier<Reply> send) {
        return dynamicTest(name, () -> {
            Map<String, Long> before = RawHttp.tableCounts();
            Reply reply = send.get();
            assertThat(reply.status()).as(name + ": status (body %s)", abbreviated(reply.body())).isEqualTo(status).isLessThan(500);
            assertThat(reply.contentType()).as(name + ": content type").startsWith("application/");
            assertThat(reply.json()).as(name + ": JSON body " + abbreviated(reply.body())).isNotNull();
            List<JsonNode> errors = errors(reply.json());
            assertThat(errors).as(name + ": errors").isNotEmpty();
            assertThat(errors).as(name + ": codes").anySatisfy(error ->
                    assertThat(error.path("extensions").path("code").asText()).isEqualTo(code));
            assertThat(errors).as(name + ": every error has a code").allSatisfy(error ->
                    assertThat(error.path("extensions").path("code").asText()).matches("[A-Z_]+"));
            for (JsonNode error : errors) {
                assertThat(error.path("message").asText()).as(name + ": message")
                        .doesNotContain("Exception", "java.", "dev.parallax", "org.hibernate", "io.vertx", "Did you mean");
            }
            if (reply.json().isObject() && reply.status() >= 400) {
                assertThat(reply.json().has("data")).as(name + ": no data entry on a request error").isFalse();
            }
            assertThat(RawHttp.tableCounts()).as(name + ": tables unchanged").isEqualTo(before);
        });
    }

    private static List<JsonNode> errors(JsonNode body) {
        List<JsonNode> errors = new ArrayList<>();
        if (body.isArray()) {
            body.forEach(entry -> entry.path("errors").forEach(errors::add));
        } else {
            body.path("errors").forEach(errors::add);
        }
        return errors;
    }

    /** java.net.http cannot send Upgrade headers; a plain socket can. */
    /** Quarkus' CORS filter answers a foreign Origin with a bare 403 before any GraphQL handler (which would refuse it too). */
    @Test
    void aWebSocketFromAForeignOriginIsNotUpgraded() {
        Reply reply = webSocketUpgrade("Sec-WebSocket-Protocol: graphql-transport-ws\r\nOrigin: https://evil.example\r\n");
        assertThat(reply.status()).isEqualTo(403);
    }

    private static Reply webSocketUpgrade(String extraHeaders) {
        try (var socket = new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(("GET /graphql HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                    + extraHeaders + "\r\n").getBytes(StandardCharsets.US_ASCII));
            var in = socket.getInputStream();
            StringBuilder head = new StringBuilder();
            while (!head.toString().endsWith("\r\n\r\n")) {
                head.append((char) in.read());
            }
            int status = Integer.parseInt(head.substring(9, 12));
            Map<String, String> headers = new LinkedHashMap<>();
            head.toString().lines().skip(1).filter(line -> line.contains(":")).forEach(line ->
                    headers.put(line.substring(0, line.indexOf(':')).trim().toLowerCase(), line.substring(line.indexOf(':') + 1).trim()));
            String body = new String(in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0"))), StandardCharsets.UTF_8);
            return new Reply(status, headers.get("content-type"), body, new com.fasterxml.jackson.databind.ObjectMapper().readTree(body));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- Request builders ------------------------------------------------------------------------

    private static Reply raw(String method, String contentType, String body) {
        return RawHttp.send(method, "/graphql", Map.of("Content-Type", contentType), body.getBytes(StandardCharsets.UTF_8));
    }

    private static Reply query(String query, Map<String, Object> variables) {
        return query(query, variables, Map.of());
    }

    private static Reply query(String query, Map<String, Object> variables, Map<String, String> headers) {
        return RawHttp.postJson(Map.of("query", query, "variables", variables), headers);
    }

    private static Map<String, String> headers(String contentType, Map<String, String> extra) {
        Map<String, String> all = new LinkedHashMap<>(extra);
        all.put("Content-Type", contentType);
        return all;
    }

    private static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    private static String mutationBody(String mutation, Map<String, Object> variables) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(Map.of("query", mutation, "variables", variables));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> claimInput(String sourceId, String facetKey, int start, int end,
            Map<String, Object> value, String attributedTo) {
        Map<String, Object> input = new LinkedHashMap<>(Map.of("sourceId", sourceId, "facetKey", facetKey, "value", value,
                "quote", Map.of("start", start, "end", end)));
        if (attributedTo != null) {
            input.put("attributedTo", attributedTo);
        }
        return input;
    }

    private static String aliases(int count) {
        StringBuilder query = new StringBuilder("{");
        for (int i = 0; i < count; i++) {
            query.append(" a").append(i).append(": __typename");
        }
        return query.append(" }").toString();
    }

    private static String fragmentBomb() {
        StringBuilder query = new StringBuilder("query { ...F0 }");
        for (int level = 0; level < 8; level++) {
            query.append(" fragment F").append(level).append(" on Query {");
            for (int i = 0; i < 10; i++) {
                query.append(" ...F").append(level + 1);
            }
            query.append(" }");
        }
        return query.append(" fragment F8 on Query { __typename }").toString();
    }

    private static String b64(String plain) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    private static String unsigned(String subject, String role) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(("{\"iss\":\"parallax\",\"sub\":\"" + subject + "\",\"groups\":[\"" + role
                        + "\"],\"exp\":" + (System.currentTimeMillis() / 1000 + 3600) + "}").getBytes(StandardCharsets.UTF_8)) + ".";
    }

    private static String abbreviated(String body) {
        return body == null || body.length() < 300 ? body : body.substring(0, 300) + "…";
    }
}
