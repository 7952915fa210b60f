package dev.parallax.comparison;

import dev.parallax.claim.Claim;
import dev.parallax.engine.Cell;
import dev.parallax.engine.Row;
import dev.parallax.export.ExportIds;
import dev.parallax.export.ExportedCell;
import dev.parallax.export.ExportedClaim;
import dev.parallax.export.ExportedComparison;
import dev.parallax.export.ExportedRow;
import dev.parallax.export.ExportedSource;
import dev.parallax.source.Source;
import dev.parallax.value.ValueFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Flattens a computed comparison into the export model, with public IDs; the same rows the API serves. */
final class ExportedComparisons {

    private ExportedComparisons() {
    }

    static ExportedComparison of(ComparisonData data, boolean includeSuggested, ExportIds ids) {
        Map<Long, Source> sourceRows = data.sources().stream().collect(Collectors.toMap(s -> s.id, s -> s));
        Map<Long, ExportedSource> sources = data.sources().stream()
                .collect(Collectors.toMap(s -> s.id, s -> source(s, ids)));
        Map<Long, Claim> claims = data.claims().stream().collect(Collectors.toMap(c -> c.id, Function.identity()));
        List<ExportedRow> rows = data.result().rows().stream()
                .map(row -> row(row, sources, sourceRows, claims, ids)).toList();
        return new ExportedComparison(ids.agreement(data.agreement().id), data.agreement().slug,
                data.agreement().title, data.sources().stream().map(s -> sources.get(s.id)).toList(), rows,
                includeSuggested);
    }

    private static ExportedSource source(Source s, ExportIds ids) {
        return new ExportedSource(ids.source(s.id), s.title, s.outlet, s.url, s.publishedOn, s.language);
    }

    private static ExportedRow row(Row row, Map<Long, ExportedSource> sources, Map<Long, Source> sourceRows,
            Map<Long, Claim> claims, ExportIds ids) {
        List<ExportedCell> cells = row.cells().stream()
                .map(cell -> cell(cell, sources.get(cell.sourceId()), sourceRows.get(cell.sourceId()), claims, ids))
                .toList();
        return new ExportedRow(row.facet().key(), row.facet().label(), row.facet().kind().name(),
                row.facet().clauseNumber(), row.expected() == null ? null : ValueFormat.value(row.expected()),
                row.consensus().name(), row.consensusExplanation(), cells);
    }

    private static ExportedCell cell(Cell cell, ExportedSource source, Source sourceRow, Map<Long, Claim> claims,
            ExportIds ids) {
        List<ExportedClaim> exported = cell.claimIds().stream()
                .map(claims::get)
                .map(c -> claim(c, sourceRow.text, ids)).toList();
        boolean suggested = exported.stream().anyMatch(c -> c.status().equals("SUGGESTED"));
        return new ExportedCell(source, cell.verdict().name(), cell.explanation(), cell.derived(), suggested, exported);
    }

    /** With the source's text at hand, the quote's offsets are also counted in code points (W3C Web Annotation). */
    private static ExportedClaim claim(Claim c, String text, ExportIds ids) {
        int codePointStart = -1;
        int codePointEnd = -1;
        if (text != null && c.quoteEnd <= text.length()) {
            codePointStart = text.codePointCount(0, c.quoteStart);
            codePointEnd = codePointStart + text.codePointCount(c.quoteStart, c.quoteEnd);
        }
        return new ExportedClaim(ids.claim(c.id), c.value == null ? null : ValueFormat.value(c.value), c.quoteExact,
                c.quoteStart, c.quoteEnd, codePointStart, codePointEnd, c.quotePrefix, c.quoteSuffix, c.attributedTo,
                c.status.name());
    }
}
