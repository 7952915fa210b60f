package dev.parallax.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The export writers on a small hand-made comparison: quoting, formula guard, ratings, code-point positions. */
class ExportWritersTest {

    private static final String TEXT = "Officials 😀 said \"=1+1\", the zone is 6 km wide, \"give or take\".";
    private static final Publisher PUBLISHER = new Publisher("Parallax", null, "https://parallax.example/",
            Instant.parse("2026-12-02T10:00:00Z"));
    private static final ExportedSource SOURCE = new ExportedSource("U291cmNlOjE", "=HYPERLINK(\"x\")", "Outlet, Inc.",
            null, LocalDate.parse("2020-03-06"), "en");

    static ExportedComparison comparison() {
        int start = TEXT.indexOf("6 km");
        ExportedClaim claim = new ExportedClaim("Q2xhaW06MQ", "6 km", "6 km", start, start + 4,
                TEXT.codePointCount(0, start), TEXT.codePointCount(0, start) + 4,
                TEXT.substring(Math.max(0, start - 32), start), TEXT.substring(start + 4, Math.min(TEXT.length(), start + 36)), "-officials",
                "CURATED");
        ExportedCell matches = new ExportedCell(SOURCE, "MATCHES", "6 km; agreement: 6 km", false, false, List.of(claim));
        ExportedCell reports = new ExportedCell(SOURCE, "REPORTS", "reports 6 km", false, false, List.of(claim));
        ExportedCell omits = new ExportedCell(SOURCE, "OMITS", "+ says nothing", false, false, List.of());
        return new ExportedComparison("QWdyZWVtZW50OjE", "test-agreement", "A, \"test\"\nagreement",
                List.of(SOURCE), List.of(
                        new ExportedRow("width", "Width", "LENGTH", "2", "6 km", "SINGLE_SOURCE", "one", List.of(matches)),
                        new ExportedRow("context", "Context", "LENGTH", null, null, "SINGLE_SOURCE", "one", List.of(reports)),
                        new ExportedRow("silent", "Silent", "COUNT", "3", "5", "UNREPORTED", "none", List.of(omits))),
                false);
    }

    @Test
    void formulaCellsGetAnApostropheAndOthersStayAsTheyAre() {
        assertThat(SpreadsheetCells.inert("=SUM(A1)")).isEqualTo("'=SUM(A1)");
        assertThat(SpreadsheetCells.inert("+1")).isEqualTo("'+1");
        assertThat(SpreadsheetCells.inert("-2")).isEqualTo("'-2");
        assertThat(SpreadsheetCells.inert("@cmd")).isEqualTo("'@cmd");
        assertThat(SpreadsheetCells.inert("\tx")).isEqualTo("'\tx");
        assertThat(SpreadsheetCells.inert("6 km = 3.7 mi")).isEqualTo("6 km = 3.7 mi");
        assertThat(SpreadsheetCells.inert(null)).isNull();
        assertThat(SpreadsheetCells.inert("")).isEmpty();
    }

    @Test
    void theCsvQuotesAsRfc4180AndParsesBackRowForRow() throws IOException {
        String csv = ComparisonCsv.write(comparison());
        assertThat(csv).contains("\r\n").startsWith(String.join(",", ComparisonCsv.COLUMNS) + "\r\n");
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(records).hasSize(3);
        CSVRecord first = records.get(0);
        assertThat(first.get("agreement")).isEqualTo("A, \"test\"\nagreement");
        assertThat(first.get("source_title")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(first.get("source_outlet")).isEqualTo("Outlet, Inc.");
        assertThat(first.get("attributed_to")).isEqualTo("'-officials");
        assertThat(first.get("verdict")).isEqualTo("MATCHES");
        assertThat(TEXT.substring(Integer.parseInt(first.get("quote_start")), Integer.parseInt(first.get("quote_end"))))
                .isEqualTo(first.get("quote"));
        assertThat(records.get(2).get("explanation")).isEqualTo("'+ says nothing");
        assertThat(records.get(2).get("quote")).isEmpty();
    }

    @Test
    void claimReviewsCoverOnlyVerdictsAgainstTheAgreement() throws IOException {
        JsonNode reviews = new ObjectMapper().readTree(ClaimReviews.write(comparison(), PUBLISHER));
        assertThat(reviews).hasSize(1);
        JsonNode review = reviews.get(0);
        assertThat(review.get("@type").asText()).isEqualTo("ClaimReview");
        assertThat(review.get("claimReviewed").asText()).isEqualTo("6 km");
        assertThat(review.at("/reviewRating/ratingValue").asInt()).isEqualTo(3);
        assertThat(review.at("/reviewRating/alternateName").asText()).isEqualTo("Matches the agreement");
        assertThat(review.get("url").asText())
                .isEqualTo("https://parallax.example/exports/agreements/QWdyZWVtZW50OjE/comparison.claimreview.jsonld#width/U291cmNlOjE");
        assertThat(review.get("datePublished").asText()).isEqualTo("2026-12-02");
        assertThat(review.at("/itemReviewed/appearance/@id").asText()).isEqualTo("urn:parallax:source:U291cmNlOjE");
        assertThat(Verdicts.rating("CONFLICTS")).isEqualTo(Verdicts.WORST);
        assertThat(Verdicts.rating("PARTIAL")).isEqualTo(2);
    }

    @Test
    void annotationPositionsCountCodePointsAndTheQuoteReanchors() throws IOException {
        JsonNode collection = new ObjectMapper().readTree(WebAnnotations.write(comparison(), PUBLISHER));
        assertThat(collection.get("total").asInt()).isEqualTo(2);
        JsonNode target = collection.at("/first/items/0/target");
        JsonNode quote = target.at("/selector/0");
        JsonNode position = target.at("/selector/1");
        assertThat(position.get("type").asText()).isEqualTo("TextPositionSelector");
        int[] codePoints = TEXT.codePoints().toArray();
        String byCodePoints = new String(codePoints, position.get("start").asInt(),
                position.get("end").asInt() - position.get("start").asInt());
        assertThat(byCodePoints).isEqualTo(quote.get("exact").asText()).isEqualTo("6 km");
        assertThat(position.get("start").asInt()).as("the emoji is one code point, two UTF-16 units")
                .isEqualTo(TEXT.indexOf("6 km") - 1);
        assertThat(TEXT).contains(quote.get("prefix").asText() + quote.get("exact").asText() + quote.get("suffix").asText());
    }

    @Test
    void fileNamesComeFromTheSlugInASafeAlphabet() {
        ExportDocument csv = Exports.write(ExportFormat.CSV, comparison(), PUBLISHER);
        assertThat(csv.fileName()).isEqualTo("test-agreement-comparison.csv");
        assertThat(csv.mediaType()).isEqualTo("text/csv; charset=utf-8; header=present");
        ExportedComparison odd = new ExportedComparison("X", "../\"evil\r\n", "t", List.of(), List.of(), false);
        assertThat(Exports.fileName(odd, ExportFormat.JSON)).matches("[a-z0-9-]+-comparison\\.json");
    }
}
