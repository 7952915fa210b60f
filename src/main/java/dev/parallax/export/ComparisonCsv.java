package dev.parallax.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * A comparison as CSV (RFC 4180: CRLF line ends, fields quoted where needed, quotes doubled), one row per
 * facet × source. A cell resting on several claims lists them one per line inside each claim column, in the same
 * order in every column. Every text field passes {@link SpreadsheetCells#inert}.
 */
public final class ComparisonCsv {

    /** The header, in column order. */
    public static final List<String> COLUMNS = List.of("agreement_id", "agreement", "clause", "facet_key",
            "facet_label", "facet_kind", "expected", "source_id", "source_title", "source_outlet", "source_url",
            "source_published_on", "verdict", "explanation", "derived", "suggested", "value", "quote", "quote_start",
            "quote_end", "attributed_to", "claim_status", "consensus", "consensus_explanation");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader(COLUMNS.toArray(String[]::new))
            .setQuoteMode(QuoteMode.MINIMAL)
            .get();

    private ComparisonCsv() {
    }

    public static String write(ExportedComparison comparison) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            for (ExportedRow row : comparison.rows()) {
                for (ExportedCell cell : row.cells()) {
                    printer.printRecord(record(comparison, row, cell));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static List<Object> record(ExportedComparison comparison, ExportedRow row, ExportedCell cell) {
        ExportedSource source = cell.source();
        List<Object> fields = new ArrayList<>(COLUMNS.size());
        fields.add(comparison.agreementId());
        fields.add(text(comparison.agreementTitle()));
        fields.add(text(row.clauseNumber()));
        fields.add(row.facetKey());
        fields.add(text(row.facetLabel()));
        fields.add(row.facetKind());
        fields.add(text(row.expected()));
        fields.add(source.id());
        fields.add(text(source.title()));
        fields.add(text(source.outlet()));
        fields.add(text(source.url()));
        fields.add(source.publishedOn() == null ? null : source.publishedOn().toString());
        fields.add(cell.verdict());
        fields.add(text(cell.explanation()));
        fields.add(cell.derived());
        fields.add(cell.suggested());
        fields.add(text(joined(cell, ExportedClaim::value)));
        fields.add(text(joined(cell, ExportedClaim::exact)));
        fields.add(joined(cell, c -> Integer.toString(c.start())));
        fields.add(joined(cell, c -> Integer.toString(c.end())));
        fields.add(text(joined(cell, c -> c.attributedTo() == null ? "" : c.attributedTo())));
        fields.add(joined(cell, ExportedClaim::status));
        fields.add(row.consensus());
        fields.add(text(row.consensusExplanation()));
        return fields;
    }

    private static String joined(ExportedCell cell, Function<ExportedClaim, String> field) {
        if (cell.claims().isEmpty()) {
            return null;
        }
        return String.join("\n", cell.claims().stream().map(field).toList());
    }

    private static String text(String value) {
        return SpreadsheetCells.inert(value);
    }
}
