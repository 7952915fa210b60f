package dev.parallax.http;

import graphql.language.Document;
import graphql.language.IntValue;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import java.math.BigInteger;
import java.util.Optional;

/**
 * Refuses integers outside GraphQL's 32-bit {@code Int}: SmallRye GraphQL 2.17's Int scalar wraps them
 * silently ({@code first: 4294967297} became 1). Parallax has no wider integer inputs, so any such number is an error.
 */
final class IntRange {

    private static final BigInteger MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger MAX = BigInteger.valueOf(Integer.MAX_VALUE);

    private IntRange() {
    }

    /** The first integer literal of the document outside the Int range, described. */
    static Optional<String> problem(Document document) {
        String[] found = new String[1];
        new NodeTraverser().preOrder(new NodeVisitorStub() {
            @Override
            public TraversalControl visitIntValue(IntValue node, TraverserContext<Node> context) {
                if (outside(node.getValue())) {
                    found[0] = message(node.getValue());
                    return TraversalControl.QUIT;
                }
                return TraversalControl.CONTINUE;
            }
        }, document);
        return Optional.ofNullable(found[0]);
    }

    /** The first integral JSON number of the variables outside the Int range, described. */
    static Optional<String> problem(JsonValue value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (value.getValueType()) {
            case NUMBER -> {
                JsonNumber number = (JsonNumber) value;
                yield number.isIntegral() && outside(number.bigDecimalValue().toBigInteger())
                        ? Optional.of(message(number.bigDecimalValue().toBigInteger())) : Optional.empty();
            }
            case ARRAY -> value.asJsonArray().stream().map(IntRange::problem).flatMap(Optional::stream).findFirst();
            case OBJECT -> value.asJsonObject().values().stream().map(IntRange::problem).flatMap(Optional::stream).findFirst();
            default -> Optional.empty();
        };
    }

    private static boolean outside(BigInteger value) {
        return value.compareTo(MIN) < 0 || value.compareTo(MAX) > 0;
    }

    private static String message(BigInteger value) {
        String digits = value.toString();
        return "Int cannot represent " + (digits.length() > 20 ? digits.substring(0, 20) + "…" : digits)
                + ": it is outside the 32-bit range.";
    }
}
