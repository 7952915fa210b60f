package dev.parallax.extract;

import dev.parallax.value.Value;
import java.util.Objects;

/**
 * A claim the extractor proposes: the facet, the value, the quote ({@code start}/{@code end} are UTF-16 offsets, end
 * exclusive, {@code text.substring(start, end).equals(exact)}), who said it (null = the outlet's own voice), how sure
 * the extractor is (0..1), the rule that produced it and, for a value aligned by the facet's words, the reason in
 * words a reviewer reads (null otherwise).
 */
public record SuggestedClaim(String facetKey, Value value, int start, int end, String exact, String attributedTo,
                             double confidence, String rule, String reason) {

    public SuggestedClaim(String facetKey, Value value, int start, int end, String exact, String attributedTo,
                          double confidence, String rule) {
        this(facetKey, value, start, end, exact, attributedTo, confidence, rule, null);
    }

    public SuggestedClaim {
        Objects.requireNonNull(facetKey, "facetKey");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(exact, "exact");
        Objects.requireNonNull(rule, "rule");
        if (start < 0 || end < start || exact.length() != end - start) {
            throw new IllegalArgumentException("span: [" + start + ", " + end + ") does not fit exact '" + exact + "'");
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence: must be within 0..1, got " + confidence);
        }
    }
}
