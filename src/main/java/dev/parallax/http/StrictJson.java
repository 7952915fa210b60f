package dev.parallax.http;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.StringReader;
import java.util.Map;

/** Reads exactly one JSON value: no repeated keys, nothing after it, Parsson's depth and number limits as 400s. */
final class StrictJson {

    // Parsson's own switch: its parser ignores JSON-P's JsonConfig.KEY_STRATEGY (Parsson 1.1.7).
    private static final JsonParserFactory PARSERS = Json.createParserFactory(
            Map.of("org.eclipse.parsson.rejectDuplicateKeys", true));
    private static final int MAX_REASON = 120;

    private StrictJson() {
    }

    /** The one JSON value of {@code text}, or BAD_REQUEST naming {@code what} ("The request body") and why not. */
    static JsonValue parse(String text, String what) {
        try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
            if (!parser.hasNext()) {
                throw HttpRejection.badRequest(what + " is not valid JSON: it is empty.");
            }
            parser.next();
            JsonValue value = parser.getValue();
            if (parser.hasNext()) {
                throw HttpRejection.badRequest(what + " is not valid JSON: text follows the value.");
            }
            return value;
        } catch (HttpRejection rejection) {
            throw rejection;
        } catch (RuntimeException e) {
            // Parsson reports nesting past 1,000 and numbers past 1,100 characters with plain runtime exceptions.
            throw HttpRejection.badRequest(what + " is not valid JSON: " + reason(e));
        }
    }

    private static String reason(RuntimeException e) {
        String message = e.getMessage() == null ? "malformed" : e.getMessage();
        return message.length() > MAX_REASON ? message.substring(0, MAX_REASON) + "…" : message;
    }
}
