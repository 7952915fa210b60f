package dev.parallax.http;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Map;

/**
 * Gives every error in a GraphQL response an {@code extensions.code}: errors raised by graphql-java
 * itself carry only a classification, and SmallRye names unexpected exceptions after their class.
 */
final class ErrorCodes {

    /** Codes set by Parallax ({@code @ErrorCode}) are upper snake case; anything else is derived here. */
    private static final String OWN_CODE = "[A-Z][A-Z_]*";

    private static final Map<String, String> BY_CLASSIFICATION = Map.of(
            "InvalidSyntax", "GRAPHQL_PARSE_FAILED",
            "ValidationError", "GRAPHQL_VALIDATION_FAILED",
            "OperationNotSupported", "GRAPHQL_VALIDATION_FAILED",
            "IntrospectionDisabled", "INTROSPECTION_DISABLED");

    private ErrorCodes() {
    }

    /** The same response with a code on each error; an exception Parallax did not name becomes INTERNAL_SERVER_ERROR. */
    static JsonObject complete(JsonObject response) {
        JsonValue errors = response.get("errors");
        if (errors == null || errors.getValueType() != JsonValue.ValueType.ARRAY) {
            return response;
        }
        JsonArrayBuilder coded = Json.createArrayBuilder();
        for (JsonValue error : errors.asJsonArray()) {
            coded.add(withCode(error.asJsonObject()));
        }
        return Json.createObjectBuilder(response).add("errors", coded).build();
    }

    /** A response holding one error and no {@code data}. */
    static JsonObject single(String code, String message) {
        return Json.createObjectBuilder()
                .add("errors", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("message", message)
                        .add("extensions", Json.createObjectBuilder().add("code", code))))
                .build();
    }

    /** A request cut off at its time limit while its result was completed: no data, one TIMEOUT error at its root field. */
    static JsonObject timeout(String message, String rootField) {
        JsonObjectBuilder error = Json.createObjectBuilder().add("message", message);
        if (rootField != null) {
            error.add("path", Json.createArrayBuilder().add(rootField));
        }
        error.add("extensions", Json.createObjectBuilder().add("code", "TIMEOUT"));
        return Json.createObjectBuilder().add("errors", Json.createArrayBuilder().add(error)).addNull("data").build();
    }

    private static JsonObject withCode(JsonObject error) {
        JsonObject extensions = error.containsKey("extensions") && error.get("extensions").getValueType() == JsonValue.ValueType.OBJECT
                ? error.getJsonObject("extensions") : JsonValue.EMPTY_JSON_OBJECT;
        String code = extensions.containsKey("code") ? extensions.get("code").toString().replace("\"", "") : "";
        if (code.matches(OWN_CODE)) {
            return error;
        }
        String classification = extensions.containsKey("classification")
                ? extensions.get("classification").toString().replace("\"", "") : "";
        String derived = BY_CLASSIFICATION.getOrDefault(classification, "INTERNAL_SERVER_ERROR");
        JsonObjectBuilder builder = Json.createObjectBuilder(error)
                .add("extensions", Json.createObjectBuilder(extensions).add("code", derived));
        if (derived.equals("INTERNAL_SERVER_ERROR")) {
            builder.add("message", "Internal error");
        }
        return builder.build();
    }
}
