package dev.parallax.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.guard.RequestLimits;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** A document sent again is not parsed again, while its variables are still checked on every request. */
class CheckedDocumentsTest {

    private static final String QUERY = "query Compare($id: ID!) { comparison(agreementId: $id) { rows { consensus } } }"
            + " # " + CheckedDocumentsTest.class.getName();

    private static RequestChecks.Outcome check(String query, String operationName, JsonObject variables) {
        return RequestChecks.check(new GraphQlRequest(query, operationName, variables, null), RequestLimits.DEFAULTS);
    }

    private static JsonObject id(String id) {
        return Json.createObjectBuilder().add("id", id).build();
    }

    @Test
    void aDocumentSentAgainIsReusedAsParsed() {
        RequestChecks.Outcome first = check(QUERY, null, id("QWdyZWVtZW50OjE="));
        RequestChecks.Outcome second = check(QUERY, null, id("QWdyZWVtZW50OjI="));

        assertThat(first.refused()).isFalse();
        assertThat(second.document()).isSameAs(first.document());
        assertThat(second.definition()).isSameAs(first.definition());
        assertThat(check(QUERY + " ", null, null).document()).as("another text is parsed anew").isNotSameAs(first.document());
    }

    @Test
    void theVariablesOfAReusedDocumentAreStillChecked() {
        check(QUERY, null, id("QWdyZWVtZW50OjE="));

        RequestChecks.Outcome nul = check(QUERY, null, id("bad\u0000id"));
        RequestChecks.Outcome big = check(QUERY, null, Json.createObjectBuilder().add("n", 99_999_999_999L).build());

        assertThat(nul.code()).isEqualTo("BAD_USER_INPUT");
        assertThat(big.code()).isEqualTo("GRAPHQL_VALIDATION_FAILED");
        assertThat(check(QUERY, null, id("QWdyZWVtZW50OjE=")).refused()).isFalse();
    }

    @Test
    void refusalsAreNotKeptAndTheOperationNameCounts() {
        String broken = "{ comparison( ";
        assertThat(check(broken, null, null).code()).isEqualTo("GRAPHQL_PARSE_FAILED");
        assertThat(check(broken, null, null).code()).isEqualTo("GRAPHQL_PARSE_FAILED");

        String two = "query A { __typename } query B { __typename }";
        assertThat(check(two, "A", null).definition().getName()).isEqualTo("A");
        assertThat(check(two, "B", null).definition().getName()).isEqualTo("B");
        assertThat(check(two, null, null).code()).isEqualTo("OPERATION_RESOLUTION_FAILURE");
        assertThat(check(two, "A", null).definition().getName()).isEqualTo("A");
    }
}
