package dev.parallax.http;

import dev.parallax.domain.Unicode;
import graphql.language.Document;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.language.StringValue;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import graphql.language.Node;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Optional;

/**
 * Refuses text PostgreSQL cannot store faithfully: NUL characters (rejected by {@code text}) and lone
 * UTF-16 surrogates (silently replaced on encoding), wherever they occur in a request.
 */
final class TextSafety {

    private TextSafety() {
    }

    /** Why {@code text} cannot be accepted, if it cannot. */
    static Optional<String> problem(String text) {
        int nul = text.indexOf('\0');
        int lone = Unicode.loneSurrogateAt(text);
        if (nul >= 0 && (lone < 0 || nul < lone)) {
            return Optional.of("Text must not contain NUL (U+0000) characters.");
        }
        return lone < 0 ? Optional.empty() : Optional.of("Text must be valid Unicode: a lone surrogate (U+"
                + Integer.toHexString(text.charAt(lone)).toUpperCase() + ") was found.");
    }

    /** The first problem in any string of a JSON value (keys included). */
    static Optional<String> problem(JsonValue value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (value.getValueType()) {
            case STRING -> problem(((JsonString) value).getString());
            case ARRAY -> value.asJsonArray().stream().map(TextSafety::problem)
                    .flatMap(Optional::stream).findFirst();
            case OBJECT -> value.asJsonObject().entrySet().stream()
                    .map(entry -> problem(entry.getKey()).or(() -> problem(entry.getValue())))
                    .flatMap(Optional::stream).findFirst();
            default -> Optional.empty();
        };
    }

    /** The first problem in a string literal of a parsed document ({@code "\u0000"} escapes become NUL only there). */
    static Optional<String> problem(Document document) {
        String[] found = new String[1];
        new NodeTraverser().preOrder(new NodeVisitorStub() {
            @Override
            public TraversalControl visitStringValue(StringValue node, TraverserContext<Node> context) {
                problem(node.getValue()).ifPresent(problem -> found[0] = problem);
                return found[0] == null ? TraversalControl.CONTINUE : TraversalControl.QUIT;
            }
        }, document);
        return Optional.ofNullable(found[0]);
    }
}
