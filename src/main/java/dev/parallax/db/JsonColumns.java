package dev.parallax.db;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;

/** Reads and writes the JSON text columns (value maps, name lists, key lists). */
public final class JsonColumns {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonColumns() {
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not serialisable as JSON: " + value, e);
        }
    }

    public static Map<String, Object> readMap(String json) {
        return read(json, new TypeReference<>() { });
    }

    public static List<String> readStrings(String json) {
        return json == null ? List.of() : read(json, new TypeReference<>() { });
    }

    public static List<Map<String, Object>> readMaps(String json) {
        return json == null ? List.of() : read(json, new TypeReference<>() { });
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt JSON column: " + json, e);
        }
    }
}
