package dev.parallax.ingest;

import static io.restassured.RestAssured.given;
import static dev.parallax.testing.ExpandedJsonLd.OA;
import static dev.parallax.testing.ExpandedJsonLd.types;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.graphql.GlobalId;
import dev.parallax.graphql.NodeType;
import dev.parallax.testing.BulkCorpus;
import dev.parallax.testing.Documents;
import dev.parallax.testing.ExpandedJsonLd;
import dev.parallax.testing.GraphQl;
import dev.parallax.testing.LocalPages;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 end to end, as a journalist meets it: a wire story and two reprints of it added by address from a
 * local page server; the comparison counts one independent vote for the three and reports the value one reprint
 * changed; the comparison taken away as CSV, ClaimReview and Web Annotations validates.
 */
@QuarkusTest
class WireStoryAndReprintsTest {

    private static final String ADD = Documents.load("ingest/WireStoryAndReprintsTest/AddSource");
    private static final String COMPARISON = Documents.load("ingest/WireStoryAndReprintsTest/Comparison");
    private static final String EXPORT = Documents.load("ingest/WireStoryAndReprintsTest/Export");
    private static final List<String> POINTS = List.of("corridor-depth-north", "corridor-depth-south");

    private static LocalPages server;
    private static String agreement;
    private static Map<String, JsonPath> added;

    @BeforeAll
    static void startThePageServer() {
        String wire = SeedArticles.text(SeedArticles.S000).strip();
        server = new LocalPages();
        server.serve("/wire", page("Wire Service", "Ceasefire declared in Idlib", wire));
        server.serve("/courier", page("Daily Courier", "Idlib ceasefire declared after Moscow talks",
                wire.replace("a six-hour meeting", "a six hour meeting").replace("According to Al Jazeera's", "According to")));
        server.serve("/ledger", page("Evening Ledger", "Moscow talks end in Idlib ceasefire",
                wire.replace("and 6km to the south", "and 4km to the south")));
    }

    /** Adds the three pages once, from the first test (RestAssured knows the application's port only then). */
    @BeforeEach
    synchronized void addTheWireStoryAndItsReprintsByAddress() throws Exception {
        if (added != null) {
            return;
        }
        agreement = GlobalId.of(NodeType.Agreement, BulkCorpus.ensure("wire-and-reprints", 0));
        Map<String, JsonPath> answers = new HashMap<>();
        for (String path : List.of("/wire", "/courier", "/ledger")) {
            JsonPath answer = GraphQl.post(ADD, Map.of("input", Map.of("agreementId", agreement, "url", server.url(path))))
                    .statusCode(200).extract().jsonPath();
            assertThat(answer.getList("errors")).as(path).isNull();
            assertThat(answer.getBoolean("data.addSource.created")).as(path).isTrue();
            answers.put(path, answer);
        }
        added = answers;
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void bothReprintsAreCopiesOfTheWireStoryWithWhatTheyChanged() {
        String wireId = added.get("/wire").getString("data.addSource.source.id");
        assertThat(added.get("/wire").getString("data.addSource.source.outlet")).isEqualTo("Wire Service");
        assertThat((Object) added.get("/wire").get("data.addSource.source.copyOf")).isNull();
        for (String reprint : List.of("/courier", "/ledger")) {
            JsonPath answer = added.get(reprint);
            assertThat(answer.getString("data.addSource.source.copyOf.source.id")).as(reprint).isEqualTo(wireId);
            assertThat(answer.getFloat("data.addSource.source.copyOf.similarity")).as(reprint).isGreaterThan(0.5f);
        }
        List<String> ledgerChanges = added.get("/ledger").getList("data.addSource.source.copyOf.changes.after");
        assertThat(ledgerChanges).anySatisfy(after -> assertThat(after).contains("4km"));
    }

    @Test
    void theThreeCountAsOneIndependentVoteAndTheChangedValueIsReported() {
        JsonPath comparison = comparison();
        Map<String, Map<String, Object>> rows = rowsByFacet(comparison);
        Map<String, Object> north = rows.get("corridor-depth-north");
        assertThat(north.get("independentSources")).isEqualTo(1);
        assertThat(north.get("copies")).isEqualTo(2);
        assertThat(north.get("consensus")).isEqualTo("SINGLE_SOURCE");
        assertThat((List<?>) north.get("copyChanges")).isEmpty();

        Map<String, Object> south = rows.get("corridor-depth-south");
        assertThat(south.get("independentSources")).isEqualTo(1);
        assertThat(south.get("copies")).isEqualTo(2);
        assertThat((List<String>) south.get("copyChanges")).singleElement().asString()
                .contains("Moscow talks end in Idlib ceasefire").contains("6 km").contains("4 km");
        String ledgerId = added.get("/ledger").getString("data.addSource.source.id");
        List<Map<String, Object>> cells = (List<Map<String, Object>>) south.get("cells");
        Map<String, String> changeBySource = new HashMap<>();
        cells.forEach(c -> changeBySource.put((String) ((Map<?, ?>) c.get("source")).get("id"), (String) c.get("copyChange")));
        assertThat(changeBySource.get(ledgerId)).contains("6 km").contains("4 km");
        assertThat(changeBySource.values().stream().filter(v -> v != null)).hasSize(1);
    }

    @Test
    void theCsvDownloadParsesWithOneRowPerPointAndSource() throws IOException {
        String csv = given().queryParam("facetKeys", String.join(",", POINTS)).queryParam("includeSuggested", "true")
                .get("/exports/agreements/" + agreement + "/comparison.csv")
                .then().statusCode(200).contentType("text/csv; charset=utf-8; header=present").extract().asString();
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(records).hasSize(POINTS.size() * 3);
        Map<String, String> texts = texts(comparison());
        for (CSVRecord record : records) {
            Map<String, String> fields = record.toMap();
            String quote = fields.get("quote");
            if (!quote.isEmpty()) {
                String text = texts.get(fields.get("source_id"));
                assertThat(text).as("a compared source's text").isNotNull();
                int start = Integer.parseInt(fields.get("quote_start"));
                int end = Integer.parseInt(fields.get("quote_end"));
                assertThat(text.substring(start, end)).isEqualTo(quote);
            }
        }
    }

    @Test
    void theClaimReviewsExpandAsJsonLd() {
        JsonArray expanded = OfflineContexts.expand(export("CLAIM_REVIEW"));
        assertThat(expanded).isNotEmpty();
        for (JsonValue value : expanded) {
            JsonObject review = value.asJsonObject();
            assertThat(types(review)).containsExactly("http://schema.org/ClaimReview");
            assertThat(review).containsKeys("http://schema.org/claimReviewed", "http://schema.org/reviewRating",
                    "http://schema.org/itemReviewed");
        }
    }

    @Test
    void theAnnotationSelectorsReanchorOnTheStoredTexts() {
        Map<String, String> textByTarget = new HashMap<>();
        List<Map<String, Object>> sources = comparison().getList("data.comparison.sources");
        sources.forEach(s -> textByTarget.put((String) s.get("url"), (String) s.get("text")));
        JsonArray expanded = OfflineContexts.expand(export("WEB_ANNOTATION"));
        JsonObject page = expanded.getJsonObject(0).getJsonArray("http://www.w3.org/ns/activitystreams#first").getJsonObject(0);
        JsonArray items = page.getJsonArray("http://www.w3.org/ns/activitystreams#items").getJsonObject(0).getJsonArray("@list");
        assertThat(items).isNotEmpty();
        for (JsonValue item : items) {
            JsonObject target = item.asJsonObject().getJsonArray(OA + "hasTarget").getJsonObject(0);
            String text = textByTarget.get(target.getJsonArray(OA + "hasSource").getJsonObject(0).getString("@id"));
            assertThat(text).as("the target is a page the sources were fetched from").isNotNull();
            ExpandedJsonLd.assertSelectorsReanchor(target, text);
        }
    }

    private static JsonPath comparison() {
        JsonPath answer = GraphQl.post(COMPARISON, Map.of("id", agreement, "facetKeys", POINTS)).statusCode(200)
                .extract().jsonPath();
        assertThat(answer.getList("errors")).isNull();
        return answer;
    }

    private static String export(String format) {
        JsonPath answer = GraphQl.post(EXPORT, Map.of("id", agreement, "facetKeys", POINTS, "format", format))
                .statusCode(200).extract().jsonPath();
        assertThat(answer.getList("errors")).isNull();
        return answer.getString("data.comparisonExport.content");
    }

    private static Map<String, Map<String, Object>> rowsByFacet(JsonPath comparison) {
        List<Map<String, Object>> rows = comparison.getList("data.comparison.rows");
        return rows.stream().collect(Collectors.toMap(r -> (String) ((Map<?, ?>) r.get("facet")).get("key"), r -> r));
    }

    private static Map<String, String> texts(JsonPath comparison) {
        List<Map<String, Object>> sources = comparison.getList("data.comparison.sources");
        return sources.stream().collect(Collectors.toMap(s -> (String) s.get("id"), s -> (String) s.get("text")));
    }

    private static String page(String outlet, String headline, String text) {
        String paragraphs = text.lines().filter(l -> !l.isBlank()).map(l -> "<p>" + escape(l) + "</p>")
                .collect(Collectors.joining("\n"));
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + headline + " | " + outlet + "</title>"
                + "<meta property=\"og:title\" content=\"" + headline + "\"><meta property=\"og:site_name\" content=\"" + outlet
                + "\"><meta property=\"article:published_time\" content=\"2020-03-06T09:00:00Z\"></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/sport\">Sport</a></nav>"
                + "<div class=\"cookies\">We use cookies. Accept all?</div><main><article><h1>" + headline + "</h1>\n"
                + paragraphs + "\n</article><aside><h2>Most read</h2><ul><li><a href=\"/a\">Markets fall</a></li></ul></aside>"
                + "</main><footer>Copyright " + outlet + ". Terms. Privacy.</footer></body></html>";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
