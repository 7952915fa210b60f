package dev.parallax.engine;

import dev.parallax.value.Value;
import java.util.Objects;

/** What one source says about one facet. */
public record ClaimInput(long id, long sourceId, String facetKey, Value value) {

    public ClaimInput {
        Objects.requireNonNull(facetKey, "facetKey");
        Objects.requireNonNull(value, "value");
    }
}
