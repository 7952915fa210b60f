package dev.parallax.export;

import java.util.List;

/**
 * One facet across the sources: clauseNumber and expected (its display form) are null for context facts.
 */
public record ExportedRow(String facetKey, String facetLabel, String facetKind, String clauseNumber, String expected,
        String consensus, String consensusExplanation, List<ExportedCell> cells) {

    public ExportedRow {
        cells = List.copyOf(cells);
    }
}
