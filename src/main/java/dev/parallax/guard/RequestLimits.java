package dev.parallax.guard;

/** Upper bounds a single GraphQL request must stay within before it is executed. */
public record RequestLimits(int maxDepth, int maxFields, int maxAliases, int maxDirectives, int maxTokens) {

    public static final RequestLimits DEFAULTS = new RequestLimits(15, 500, 50, 25, 5000);

    public RequestLimits {
        if (maxDepth < 1 || maxFields < 1 || maxAliases < 1 || maxDirectives < 1 || maxTokens < 1) {
            throw new IllegalArgumentException("request limits must all be at least 1: " + maxDepth + ", "
                    + maxFields + ", " + maxAliases + ", " + maxDirectives + ", " + maxTokens);
        }
    }
}
