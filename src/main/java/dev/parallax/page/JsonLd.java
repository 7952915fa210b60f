package dev.parallax.page;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The article objects of a page's JSON-LD blocks ({@code NewsArticle} and kin), top level, in arrays or in {@code @graph}. */
final class JsonLd {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ARTICLE_TYPES = Set.of("NewsArticle", "Article", "ReportageNewsArticle",
            "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting",
            "LiveBlogPosting", "Report");

    private JsonLd() {
    }

    /** The page's article objects, in document order; a block that is not valid JSON is skipped. */
    static List<JsonNode> articles(Document page) {
        List<JsonNode> found = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                collect(JSON.readTree(script.data()), found, 0);
            } catch (JsonProcessingException e) {
                // A broken block says nothing reliable; the other metadata still counts.
            }
        }
        return found;
    }

    private static void collect(JsonNode node, List<JsonNode> found, int depth) {
        if (node == null || depth > 4) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, found, depth + 1));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (isArticle(node.get("@type"))) {
            found.add(node);
        }
        collect(node.get("@graph"), found, depth + 1);
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (ARTICLE_TYPES.contains(t.asText())) {
                    return true;
                }
            }
            return false;
        }
        return ARTICLE_TYPES.contains(type.asText());
    }

    /** A text field, or the {@code name} of an object, or the names of an array of either joined with ", ". */
    static String names(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            return blankToNull(node.asText());
        }
        if (node.isObject()) {
            return names(node.get("name"));
        }
        if (node.isArray()) {
            List<String> names = new ArrayList<>();
            for (JsonNode n : node) {
                String name = names(n);
                if (name != null && !names.contains(name)) {
                    names.add(name);
                }
            }
            return names.isEmpty() ? null : String.join(", ", names);
        }
        return null;
    }

    static String text(JsonNode node) {
        return node != null && node.isTextual() ? blankToNull(node.asText()) : null;
    }

    private static String blankToNull(String s) {
        String stripped = s.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
