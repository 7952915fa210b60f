package dev.parallax.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;

/** Posts GraphQL requests to the running service. */
public final class GraphQl {

    private GraphQl() {
    }

    /** The global ID of the seed corpus' agreement. */
    public static String seedAgreementId() {
        return post("{ agreements { id slug } }").extract().jsonPath()
                .getString("data.agreements.find { it.slug == 'idlib-2020' }.id");
    }

    public static ValidatableResponse post(String query) {
        return post(query, Map.of());
    }

    /** Posts a JSON body exactly as given, for inputs a serialiser would not produce (lone surrogates). */
    public static ValidatableResponse postRaw(String json) {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON).body(json)
                .when().post("/graphql")
                .then();
    }

    public static ValidatableResponse post(String query, Map<String, Object> variables) {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("query", query, "variables", variables))
                .when().post("/graphql")
                .then();
    }
}
