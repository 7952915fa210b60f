package dev.parallax.testing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;

/** Reading expanded JSON-LD nodes (types, first values, literals) and re-anchoring a Web Annotation's selectors. */
public final class ExpandedJsonLd {

    public static final String OA = "http://www.w3.org/ns/oa#";

    private ExpandedJsonLd() {
    }

    public static List<String> types(JsonObject node) {
        return node.getJsonArray("@type").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    public static JsonObject first(JsonObject node, String property) {
        assertThat(node.containsKey(property)).as(property).isTrue();
        return node.getJsonArray(property).getJsonObject(0);
    }

    public static String literal(JsonObject node, String property) {
        return first(node, property).getString("@value");
    }

    /**
     * Asserts that an annotation target's selectors re-anchor on {@code text}: the text's code points at the
     * position selector are the quote selector's {@code exact}, and prefix + exact + suffix occurs in the text.
     */
    public static void assertSelectorsReanchor(JsonObject target, String text) {
        String exact = null;
        int start = -1;
        int end = -1;
        String prefix = "";
        String suffix = "";
        for (JsonValue selectorValue : target.getJsonArray(OA + "hasSelector")) {
            JsonObject selector = selectorValue.asJsonObject();
            if (types(selector).contains(OA + "TextQuoteSelector")) {
                exact = literal(selector, OA + "exact");
                prefix = literal(selector, OA + "prefix");
                suffix = literal(selector, OA + "suffix");
            } else {
                assertThat(types(selector)).containsExactly(OA + "TextPositionSelector");
                start = selector.getJsonArray(OA + "start").getJsonObject(0).getInt("@value");
                end = selector.getJsonArray(OA + "end").getJsonObject(0).getInt("@value");
            }
        }
        int[] codePoints = text.codePoints().toArray();
        assertThat(new String(codePoints, start, end - start)).as("exact at its code-point position").isEqualTo(exact);
        assertThat(text).contains(prefix + exact + suffix);
    }
}
