package dev.parallax.http;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.function.Function;

/** One GraphQL-over-HTTP request's parameters, checked for shape (not yet parsed as GraphQL). */
record GraphQlRequest(String query, String operationName, JsonObject variables, JsonObject extensions) {

    /** From a POST body's JSON object. */
    static GraphQlRequest fromJson(JsonValue value) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw HttpRejection.badRequest("Each operation must be a JSON object with a \"query\" string.");
        }
        // Unknown keys are ignored: clients add their own (persisted-query ids, tracing).
        JsonObject body = value.asJsonObject();
        return new GraphQlRequest(
                requiredString(body.get("query")),
                optionalString(body.get("operationName"), "operationName"),
                optionalObject(body.get("variables"), "variables", JsonValue::asJsonObject),
                optionalObject(body.get("extensions"), "extensions", JsonValue::asJsonObject));
    }

    /** From GET query parameters; {@code variables} and {@code extensions} are JSON strings there. */
    static GraphQlRequest fromQueryParameters(Function<String, String> parameter) {
        String query = parameter.apply("query");
        if (query == null) {
            throw HttpRejection.badRequest("The \"query\" parameter is missing.");
        }
        return new GraphQlRequest(query, emptyToNull(parameter.apply("operationName")),
                jsonObjectParameter(parameter.apply("variables"), "variables"),
                jsonObjectParameter(parameter.apply("extensions"), "extensions"));
    }

    /** The JSON object SmallRye GraphQL's execution service takes. */
    JsonObject toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder().add("query", query);
        if (operationName != null) {
            json.add("operationName", operationName);
        }
        if (variables != null) {
            json.add("variables", variables);
        }
        if (extensions != null) {
            json.add("extensions", extensions);
        }
        return json.build();
    }

    private static String requiredString(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            throw HttpRejection.badRequest("The \"query\" parameter is missing.");
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw HttpRejection.badRequest("The \"query\" parameter must be a string.");
        }
        return ((JsonString) value).getString();
    }

    private static String optionalString(JsonValue value, String name) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw HttpRejection.badRequest("The \"" + name + "\" parameter must be a string or null.");
        }
        return emptyToNull(((JsonString) value).getString());
    }

    private static <T> T optionalObject(JsonValue value, String name, Function<JsonValue, T> cast) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw HttpRejection.badRequest("The \"" + name + "\" parameter must be an object or null.");
        }
        return cast.apply(value);
    }

    private static JsonObject jsonObjectParameter(String text, String name) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        return optionalObject(StrictJson.parse(text, "The \"" + name + "\" parameter"), name, JsonValue::asJsonObject);
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
