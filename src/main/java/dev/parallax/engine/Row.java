package dev.parallax.engine;

import dev.parallax.value.Value;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One facet across all sources: expected is the facet's own or, for a sum, the computed one (nullable).
 * {@code independentSources} counts the reporting sources' groups of near-duplicates, {@code copies} the other
 * reporting members of those groups; {@code copyChanges} says, per source, what a copy changed on this point
 * against its group's earliest member ("copy changed 12 km to 7 mi").
 */
public record Row(FacetSpec facet, Value expected, Consensus consensus, String consensusExplanation, List<Cell> cells,
        int independentSources, int copies, Map<Long, String> copyChanges) {

    /** A row without near-duplicates: every reporting source counts on its own. */
    public Row(FacetSpec facet, Value expected, Consensus consensus, String consensusExplanation, List<Cell> cells) {
        this(facet, expected, consensus, consensusExplanation, cells, reportingSources(cells), 0, Map.of());
    }

    public Row {
        Objects.requireNonNull(facet, "facet");
        Objects.requireNonNull(consensus, "consensus");
        Objects.requireNonNull(consensusExplanation, "consensusExplanation");
        cells = List.copyOf(cells);
        copyChanges = Map.copyOf(copyChanges);
    }

    private static int reportingSources(List<Cell> cells) {
        return (int) cells.stream().filter(c -> c.verdict() != Verdict.OMITS).map(Cell::sourceId).distinct().count();
    }
}
