package dev.parallax.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.parallax.guard.RequestLimits;

/**
 * The documents whose own checks (syntax, limits, text, literals, operation choice) passed lately, so that a query
 * sent again is not parsed and walked again: clients send the same few documents with other variables. Parsed
 * documents are immutable and shared. Bounded by the queries' total length, so a flood of distinct documents only
 * evicts.
 */
final class CheckedDocuments {

    /** Characters of query text held at most (the parsed documents take some tens of times that). */
    static final int MAX_TOTAL_CHARS = 200_000;
    /** Longer queries are checked every time: rare, and they would crowd out the rest. */
    static final int MAX_QUERY_CHARS = 20_000;

    private static final Cache<Key, RequestChecks.Outcome> PASSED = Caffeine.newBuilder()
            .maximumWeight(MAX_TOTAL_CHARS)
            .<Key, RequestChecks.Outcome>weigher((key, outcome) -> key.query().length())
            .build();

    private CheckedDocuments() {
    }

    /** The outcome a document's earlier check had, or null when it was not seen (or not kept). */
    static RequestChecks.Outcome passed(String query, String operationName, RequestLimits limits) {
        return query == null ? null : PASSED.getIfPresent(new Key(query, operationName, limits));
    }

    /** Keeps an outcome that passed every document check. */
    static void remember(String query, String operationName, RequestLimits limits, RequestChecks.Outcome outcome) {
        if (!outcome.refused() && query.length() <= MAX_QUERY_CHARS) {
            PASSED.put(new Key(query, operationName, limits), outcome);
        }
    }

    private record Key(String query, String operationName, RequestLimits limits) {
    }
}
