package dev.parallax.testing;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;

/**
 * Posts GraphQL requests to the running service, as the test editor "tester" (roles editor and admin)
 * unless a method says otherwise; access rules themselves are tested with {@link #anonymous} and {@link #as}.
 */
public final class GraphQl {

    /** The subject of the token {@link #post} sends: history rows written by tests carry it. */
    public static final String TESTER = "tester";
    private static final String TESTER_TOKEN = Tokens.valid(TESTER, "editor", "admin");
    private static final String AGREEMENT_IDS = Documents.load("testing/GraphQl/AgreementIds");

    private GraphQl() {
    }

    /** The global ID of the seed corpus' agreement. */
    public static String seedAgreementId() {
        return post(AGREEMENT_IDS).extract().jsonPath()
                .getString("data.agreements.find { it.slug == 'idlib-2020' }.id");
    }

    public static ValidatableResponse post(String query) {
        return post(query, Map.of());
    }

    /**
     * Posts the query with its variables as JSON text exactly as given, for inputs a serialiser would not produce
     * (lone surrogates).
     */
    public static ValidatableResponse postRaw(String query, String variablesJson) {
        String json;
        try {
            json = "{\"query\": " + new ObjectMapper().writeValueAsString(query) + ", \"variables\": " + variablesJson + "}";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return given().contentType(ContentType.JSON).accept(ContentType.JSON).auth().oauth2(TESTER_TOKEN).body(json)
                .when().post("/graphql")
                .then();
    }

    public static ValidatableResponse post(String query, Map<String, Object> variables) {
        return as(TESTER_TOKEN, query, variables);
    }

    /** With no Authorization header at all. */
    public static ValidatableResponse anonymous(String query, Map<String, Object> variables) {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("query", query, "variables", variables))
                .when().post("/graphql")
                .then();
    }

    /** With {@code Authorization: Bearer token}. */
    public static ValidatableResponse as(String token, String query, Map<String, Object> variables) {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON).auth().oauth2(token)
                .body(Map.of("query", query, "variables", variables))
                .when().post("/graphql")
                .then();
    }
}
