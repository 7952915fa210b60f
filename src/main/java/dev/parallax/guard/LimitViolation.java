package dev.parallax.guard;

import java.util.Objects;

/** A request limit a GraphQL document exceeds, as a stable code and a client-facing message. */
public record LimitViolation(String code, String message) {

    public static final String QUERY_TOO_DEEP = "QUERY_TOO_DEEP";
    public static final String QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX";
    public static final String TOO_MANY_ALIASES = "TOO_MANY_ALIASES";
    public static final String TOO_MANY_DIRECTIVES = "TOO_MANY_DIRECTIVES";
    public static final String QUERY_TOO_LARGE = "QUERY_TOO_LARGE";

    public LimitViolation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    static LimitViolation tooDeep(int maxDepth) {
        return new LimitViolation(QUERY_TOO_DEEP, "Query depth exceeds the limit of " + maxDepth + ".");
    }

    static LimitViolation tooComplex(int maxFields) {
        return new LimitViolation(QUERY_TOO_COMPLEX, "Query selects more than the limit of " + maxFields + " fields.");
    }

    static LimitViolation tooManyAliases(int maxAliases) {
        return new LimitViolation(TOO_MANY_ALIASES, "Query uses more than the limit of " + maxAliases + " aliases.");
    }

    static LimitViolation tooManyDirectives(int maxDirectives) {
        return new LimitViolation(TOO_MANY_DIRECTIVES,
                "Query uses more than the limit of " + maxDirectives + " directives.");
    }

    static LimitViolation tooLarge(int maxTokens) {
        return new LimitViolation(QUERY_TOO_LARGE, "Query exceeds the limit of " + maxTokens + " tokens.");
    }
}
