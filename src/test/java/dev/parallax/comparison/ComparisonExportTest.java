package dev.parallax.comparison;

import static dev.parallax.testing.SeedArticles.S001;
import static dev.parallax.testing.ExpandedJsonLd.OA;
import static dev.parallax.testing.ExpandedJsonLd.first;
import static dev.parallax.testing.ExpandedJsonLd.literal;
import static dev.parallax.testing.ExpandedJsonLd.types;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.export.SpreadsheetCells;
import dev.parallax.graphql.GlobalId;
import dev.parallax.graphql.NodeType;
import dev.parallax.testing.Documents;
import dev.parallax.testing.ExpandedJsonLd;
import dev.parallax.testing.GraphQl;
import dev.parallax.testing.OfflineContexts;
import dev.parallax.testing.SeedArticles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The exports of the seed comparison, read back with the tools a consumer would use: the CSV with Commons CSV, the
 * JSON with Jackson, the JSON-LD expanded by a JSON-LD processor (Titanium) with its contexts served offline; every
 * quote re-anchored on the stored text.
 */
@QuarkusTest
class ComparisonExportTest {

    private static final String EXPORT = Documents.load("comparison/ComparisonExportTest/Export");
    private static final String COMPARISON = Documents.load("comparison/ComparisonExportTest/Comparison");
    private static final String SCHEMA = "http://schema.org/";

    private static JsonPath export(String format, boolean includeSuggested) {
        JsonPath answer = GraphQl.post(EXPORT, Map.of("id", GraphQl.seedAgreementId(), "format", format,
                "includeSuggested", includeSuggested)).statusCode(200).extract().jsonPath();
        assertThat(answer.getList("errors")).isNull();
        return answer;
    }

    private static JsonPath comparison(boolean includeSuggested) {
        return GraphQl.post(COMPARISON, Map.of("id", GraphQl.seedAgreementId(), "includeSuggested", includeSuggested))
                .statusCode(200).extract().jsonPath();
    }

    /** Verdicts by "facetKey/sourceId", as the API's comparison states them. */
    private static Map<String, String> verdicts(JsonPath comparison) {
        Map<String, String> verdicts = new HashMap<>();
        List<Map<String, Object>> rows = comparison.getList("data.comparison.rows");
        for (int r = 0; r < rows.size(); r++) {
            String key = comparison.getString("data.comparison.rows[" + r + "].facet.key");
            List<String> sources = comparison.getList("data.comparison.rows[" + r + "].cells.source.id");
            List<String> cellVerdicts = comparison.getList("data.comparison.rows[" + r + "].cells.verdict");
            for (int c = 0; c < sources.size(); c++) {
                verdicts.put(key + "/" + sources.get(c), cellVerdicts.get(c));
            }
        }
        return verdicts;
    }

    private static Map<String, String> texts(JsonPath comparison) {
        List<Map<String, Object>> sources = comparison.getList("data.comparison.sources");
        return sources.stream().collect(Collectors.toMap(s -> (String) s.get("id"), s -> (String) s.get("text")));
    }

    private static List<CSVRecord> csv(String content) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(content)).getRecords();
    }

    @Test
    void theCsvHasOneRowPerFacetAndSourceWithTheApisVerdictsAndQuotesThatAreInTheText() throws IOException {
        JsonPath comparison = comparison(true);
        Map<String, String> verdicts = verdicts(comparison);
        Map<String, String> texts = texts(comparison);
        JsonPath answer = export("CSV", true);
        assertThat(answer.getString("data.comparisonExport.mediaType")).isEqualTo("text/csv; charset=utf-8; header=present");
        assertThat(answer.getString("data.comparisonExport.fileName")).isEqualTo("idlib-2020-comparison.csv");
        List<CSVRecord> records = csv(answer.getString("data.comparisonExport.content"));
        assertThat(records).hasSize(verdicts.size());
        assertThat(verdicts.size()).isEqualTo(comparison.getList("data.comparison.rows").size()
                * comparison.getList("data.comparison.sources").size());
        int quotesChecked = 0;
        for (CSVRecord record : records) {
            String cell = record.get("facet_key") + "/" + record.get("source_id");
            assertThat(record.get("verdict")).as(cell).isEqualTo(verdicts.remove(cell));
            if (record.get("quote").isEmpty()) {
                continue;
            }
            String[] starts = record.get("quote_start").split("\n");
            String[] ends = record.get("quote_end").split("\n");
            String text = texts.get(record.get("source_id"));
            StringBuilder quotes = new StringBuilder();
            for (int i = 0; i < starts.length; i++) {
                quotes.append(i == 0 ? "" : "\n").append(text, Integer.parseInt(starts[i]), Integer.parseInt(ends[i]));
            }
            assertThat(record.get("quote")).as(cell).isEqualTo(SpreadsheetCells.inert(quotes.toString()));
            quotesChecked++;
        }
        assertThat(verdicts).as("every cell of the comparison is a row").isEmpty();
        assertThat(quotesChecked).isGreaterThan(10);
    }

    @Test
    void theCuratedConflictReadsAsTheApiStatesIt() throws IOException {
        String s001 = sourceId(SeedArticles.hash(S001));
        CSVRecord row = csv(export("CSV", false).getString("data.comparisonExport.content")).stream()
                .filter(r -> r.get("facet_key").equals("corridor-depth-south") && r.get("source_id").equals(s001))
                .findFirst().orElseThrow();
        assertThat(row.get("verdict")).isEqualTo("CONFLICTS");
        assertThat(row.get("quote")).isEqualTo("3 miles to the south");
        assertThat(row.get("quote_start")).isEqualTo("2676");
        assertThat(row.get("quote_end")).isEqualTo("2696");
        assertThat(row.get("explanation")).contains("3 mi").contains("6 km");
        assertThat(row.get("consensus")).isEqualTo("DISPUTED");
        assertThat(row.get("claim_status")).isEqualTo("CURATED");
    }

    @Test
    void theJsonHoldsTheSameCellsStructured() throws IOException {
        JsonPath comparison = comparison(false);
        Map<String, String> verdicts = verdicts(comparison);
        JsonNode json = new ObjectMapper().readTree(export("JSON", false).getString("data.comparisonExport.content"));
        assertThat(json.at("/agreement/slug").asText()).isEqualTo("idlib-2020");
        assertThat(json.get("sources")).hasSize(comparison.getList("data.comparison.sources").size());
        int cells = 0;
        for (JsonNode row : json.get("rows")) {
            for (JsonNode cell : row.get("cells")) {
                assertThat(cell.get("verdict").asText())
                        .isEqualTo(verdicts.get(row.at("/facet/key").asText() + "/" + cell.get("sourceId").asText()));
                cells++;
            }
        }
        assertThat(cells).isEqualTo(verdicts.size());
    }

    @Test
    void claimReviewsExpandToClaimReviewsOfTheJudgedCells() {
        JsonPath comparison = comparison(false);
        long judged = verdicts(comparison).values().stream()
                .filter(v -> v.equals("MATCHES") || v.equals("CONFLICTS") || v.equals("PARTIAL")).count();
        JsonPath answer = export("CLAIM_REVIEW", false);
        assertThat(answer.getString("data.comparisonExport.mediaType")).startsWith("application/ld+json");
        JsonArray expanded = OfflineContexts.expand(answer.getString("data.comparisonExport.content"));
        assertThat(expanded).hasSize((int) judged);
        for (JsonValue value : expanded) {
            JsonObject review = value.asJsonObject();
            assertThat(types(review)).containsExactly(SCHEMA + "ClaimReview");
            assertThat(literal(review, SCHEMA + "claimReviewed")).isNotBlank();
            assertThat(review.getJsonArray(SCHEMA + "url").getJsonObject(0).getString("@id"))
                    .startsWith("http://localhost:8080/exports/agreements/");
            assertThat(literal(review, SCHEMA + "datePublished")).matches("\\d{4}-\\d{2}-\\d{2}");
            JsonObject author = first(review, SCHEMA + "author");
            assertThat(types(author)).containsExactly(SCHEMA + "Organization");
            assertThat(literal(author, SCHEMA + "name")).isEqualTo("Parallax");
            JsonObject rating = first(review, SCHEMA + "reviewRating");
            assertThat(types(rating)).containsExactly(SCHEMA + "Rating");
            assertThat(literal(rating, SCHEMA + "alternateName")).isIn("Matches the agreement",
                    "Conflicts with the agreement", "Not checkable: no value stated");
            assertThat(rating.getJsonArray(SCHEMA + "ratingValue").getJsonObject(0).getInt("@value")).isBetween(1, 3);
            JsonObject claim = first(review, SCHEMA + "itemReviewed");
            assertThat(types(claim)).containsExactly(SCHEMA + "Claim");
            JsonObject appearance = first(claim, SCHEMA + "appearance");
            assertThat(types(appearance)).containsExactly(SCHEMA + "NewsArticle");
            assertThat(literal(appearance, SCHEMA + "headline")).isNotBlank();
        }
    }

    @Test
    void annotationsExpandAndTheirSelectorsReanchorOnTheStoredText() {
        JsonPath comparison = comparison(true);
        Map<String, String> textByTarget = new HashMap<>();
        List<Map<String, Object>> sources = comparison.getList("data.comparison.sources");
        for (Map<String, Object> source : sources) {
            String target = source.get("url") != null ? (String) source.get("url") : "urn:parallax:source:" + source.get("id");
            textByTarget.put(target, (String) source.get("text"));
        }
        long claims = comparison.getList("data.comparison.rows.cells.claims.id", List.class).stream()
                .flatMap(cells -> ((List<?>) cells).stream()).mapToLong(c -> ((List<?>) c).size()).sum();
        JsonArray expanded = OfflineContexts.expand(export("WEB_ANNOTATION", true).getString("data.comparisonExport.content"));
        JsonObject collection = expanded.getJsonObject(0);
        assertThat(types(collection)).containsExactly("http://www.w3.org/ns/activitystreams#OrderedCollection");
        JsonObject page = first(collection, "http://www.w3.org/ns/activitystreams#first");
        JsonArray items = page.getJsonArray("http://www.w3.org/ns/activitystreams#items").getJsonObject(0).getJsonArray("@list");
        assertThat(items).hasSize((int) claims).hasSizeGreaterThan(10);
        for (JsonValue item : items) {
            JsonObject annotation = item.asJsonObject();
            assertThat(types(annotation)).containsExactly(OA + "Annotation");
            assertThat(annotation.getJsonArray(OA + "motivatedBy").getJsonObject(0).getString("@id")).isEqualTo(OA + "assessing");
            JsonObject body = first(annotation, OA + "hasBody");
            assertThat(types(body)).containsExactly(OA + "TextualBody");
            assertThat(literal(body, "http://www.w3.org/1999/02/22-rdf-syntax-ns#value")).isNotBlank();
            JsonObject target = first(annotation, OA + "hasTarget");
            String text = textByTarget.get(first(target, OA + "hasSource").getString("@id"));
            assertThat(text).as("the target names a compared source").isNotNull();
            ExpandedJsonLd.assertSelectorsReanchor(target, text);
        }
    }

    @Test
    void anUnknownAgreementIsNotFound() {
        JsonPath answer = GraphQl.post(EXPORT, Map.of("id", GlobalId.of(NodeType.Agreement, 987654321), "format", "CSV",
                "includeSuggested", false)).statusCode(200).extract().jsonPath();
        assertThat(answer.getString("errors[0].extensions.code")).isEqualTo("NOT_FOUND");
    }

    private static String sourceId(String contentHash) {
        List<Map<String, Object>> sources = comparison(false).getList("data.comparison.sources");
        return sources.stream().filter(s -> contentHash.equals(s.get("contentHash")))
                .map(s -> (String) s.get("id")).findFirst().orElseThrow();
    }
}
