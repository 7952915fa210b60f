package dev.parallax.http;

import dev.parallax.guard.QueryCost;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.OptionalInt;

/** A request's JSON variables as the cost calculation reads them: integers and list lengths. */
record CostVariables(JsonObject variables) implements QueryCost.Variables {

    @Override
    public OptionalInt integer(String name) {
        JsonValue value = variables == null ? null : variables.get(name);
        if (value instanceof JsonNumber number && number.isIntegral()) {
            // Out-of-range numbers were refused (IntRange) before the cost is computed.
            return OptionalInt.of(number.bigDecimalValue().intValue());
        }
        return OptionalInt.empty();
    }

    @Override
    public OptionalInt listSize(String name) {
        JsonValue value = variables == null ? null : variables.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(value.getValueType() == JsonValue.ValueType.ARRAY ? value.asJsonArray().size() : 1);
    }
}
