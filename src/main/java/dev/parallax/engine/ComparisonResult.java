package dev.parallax.engine;

import java.util.List;

/** The comparison table: one row per facet, in input order. */
public record ComparisonResult(List<Row> rows) {

    public ComparisonResult {
        rows = List.copyOf(rows);
    }
}
