package dev.parallax.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Writes the exports' JSON trees (maps, lists, strings, numbers, booleans) as indented UTF-16 text. */
final class JsonText {

    private static final ObjectWriter WRITER = new ObjectMapper()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .writerWithDefaultPrettyPrinter();

    private JsonText() {
    }

    static String write(Object tree) {
        try {
            return WRITER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an export tree holds only JSON values", e);
        }
    }
}
