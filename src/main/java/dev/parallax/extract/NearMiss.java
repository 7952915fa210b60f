package dev.parallax.extract;

import dev.parallax.value.Value;
import java.util.Objects;

/**
 * A value the extractor considered for a facet and did not suggest: the value, its span in the text ({@code start}/
 * {@code end} UTF-16 offsets, end exclusive, {@code exact} the text there), and why it was turned down.
 */
public record NearMiss(String facetKey, Value value, int start, int end, String exact, String reason) {

    public NearMiss {
        Objects.requireNonNull(facetKey, "facetKey");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(exact, "exact");
        Objects.requireNonNull(reason, "reason");
    }
}
