package dev.parallax.export;

import java.util.List;

/** A computed comparison, flattened to what the exports show: the agreement, the sources (columns) and the rows. */
public record ExportedComparison(String agreementId, String agreementSlug, String agreementTitle,
        List<ExportedSource> sources, List<ExportedRow> rows, boolean includeSuggested) {

    public ExportedComparison {
        sources = List.copyOf(sources);
        rows = List.copyOf(rows);
    }
}
