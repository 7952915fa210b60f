package dev.parallax.http;

import graphql.language.Document;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;

/**
 * Refuses numbers that are no 32-bit {@code Int}: SmallRye GraphQL 2.17's Int scalar wraps them silently
 * ({@code first: 4294967297} or {@code 4294967297.0} became 1) and fails on fractions. Parallax has no wider integer
 * and no Float inputs, so any such number, written in the document or sent as a variable, is an error.
 */
final class IntRange {

    private static final BigInteger MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger MAX = BigInteger.valueOf(Integer.MAX_VALUE);
    /** Digits before the point beyond which a number is out of range whatever they are (2147483647 has 10). */
    private static final int MAX_DIGITS = 10;

    private IntRange() {
    }

    /** The first number literal of the document that is no Int, described. */
    static Optional<String> problem(Document document) {
        String[] found = new String[1];
        new NodeTraverser().preOrder(new NodeVisitorStub() {
            @Override
            public TraversalControl visitIntValue(IntValue node, TraverserContext<Node> context) {
                return check(new BigDecimal(node.getValue()));
            }

            @Override
            public TraversalControl visitFloatValue(FloatValue node, TraverserContext<Node> context) {
                return check(node.getValue());
            }

            private TraversalControl check(BigDecimal value) {
                found[0] = problem(value).orElse(null);
                return found[0] == null ? TraversalControl.CONTINUE : TraversalControl.QUIT;
            }
        }, document);
        return Optional.ofNullable(found[0]);
    }

    /** The first JSON number of the variables that is no Int, described. */
    static Optional<String> problem(JsonValue value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (value.getValueType()) {
            case NUMBER -> problem(((JsonNumber) value).bigDecimalValue());
            case ARRAY -> value.asJsonArray().stream().map(IntRange::problem).flatMap(Optional::stream).findFirst();
            case OBJECT -> value.asJsonObject().values().stream().map(IntRange::problem).flatMap(Optional::stream).findFirst();
            default -> Optional.empty();
        };
    }

    private static Optional<String> problem(BigDecimal value) {
        // Judged by magnitude before any conversion: 1e999999999 must not become a billion-digit BigInteger.
        boolean whole = value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
        if (value.precision() - value.scale() > MAX_DIGITS || whole && outside(value.toBigIntegerExact())) {
            return Optional.of("Int cannot represent " + shown(value) + ": it is outside the 32-bit range.");
        }
        return whole ? Optional.empty()
                : Optional.of("Int cannot represent " + shown(value) + ": it is not a whole number.");
    }

    private static boolean outside(BigInteger value) {
        return value.compareTo(MIN) < 0 || value.compareTo(MAX) > 0;
    }

    private static String shown(BigDecimal value) {
        String text = value.toString();
        return text.length() > 20 ? text.substring(0, 20) + "…" : text;
    }
}
