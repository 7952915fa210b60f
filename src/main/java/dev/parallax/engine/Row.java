package dev.parallax.engine;

import dev.parallax.value.Value;
import java.util.List;
import java.util.Objects;

/** One facet across all sources: expected is the facet's own or, for a sum, the computed one (nullable). */
public record Row(FacetSpec facet, Value expected, Consensus consensus, String consensusExplanation, List<Cell> cells) {

    public Row {
        Objects.requireNonNull(facet, "facet");
        Objects.requireNonNull(consensus, "consensus");
        Objects.requireNonNull(consensusExplanation, "consensusExplanation");
        cells = List.copyOf(cells);
    }
}
