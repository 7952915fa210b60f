package dev.parallax.comparison;

import static dev.parallax.testing.SeedArticles.S000;
import static dev.parallax.testing.SeedArticles.S001;
import static dev.parallax.testing.SeedArticles.S002;
import static dev.parallax.testing.SeedArticles.S003;
import static dev.parallax.testing.SeedArticles.S004;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.testing.Documents;
import dev.parallax.testing.GraphQl;
import dev.parallax.testing.SeedArticles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The side-by-side comparison of the seed corpus, end to end over HTTP, against the curated verdicts. */
@QuarkusTest
class SeedComparisonTest {

    static final String QUERY = Documents.load("comparison/SeedComparisonTest/SeedComparison");

    JsonPath comparison;

    @BeforeEach
    void load() {
        String id = GraphQl.seedAgreementId();
        comparison = GraphQl.post(QUERY, Map.of("id", id)).statusCode(200).extract().jsonPath();
        assertThat(comparison.getList("errors")).isNull();
    }

    Map<String, Object> row(String facetKey) {
        return comparison.getMap("data.comparison.rows.find { it.facet.key == '" + facetKey + "' }");
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> cell(String facetKey, String seedFile) {
        String hash = SeedArticles.hash(seedFile);
        return ((List<Map<String, Object>>) row(facetKey).get("cells")).stream()
                .filter(c -> hash.equals(((Map<String, Object>) c.get("source")).get("contentHash")))
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> claims(Map<String, Object> cell) {
        return (List<Map<String, Object>>) cell.get("claims");
    }

    @Test
    void everySourceIsAColumnAndEveryFacetARow() {
        assertThat(comparison.getList("data.comparison.sources")).hasSize(5);
        assertThat(comparison.getList("data.comparison.rows")).hasSizeGreaterThanOrEqualTo(20);
        assertThat(comparison.getList("data.comparison.rows.cells", List.class)).allSatisfy(c -> assertThat(c).hasSize(5));
    }

    @Test
    @SuppressWarnings("unchecked")
    void threeMilesSouthConflictsWithArticleTwo() {
        Map<String, Object> cell = cell("corridor-depth-south", S001);
        assertThat(cell.get("verdict")).isEqualTo("CONFLICTS");
        assertThat((String) cell.get("explanation")).contains("3 mi").contains("6 km");
        Map<String, Object> quote = (Map<String, Object>) claims(cell).get(0).get("quote");
        assertThat(quote).containsEntry("exact", "3 miles to the south")
                .containsEntry("start", 2676).containsEntry("end", 2696);
        String text = SeedArticles.text(S001);
        assertThat(text.substring(2676, 2696)).isEqualTo("3 miles to the south");
        assertThat(quote.get("prefix")).isEqualTo(text.substring(2676 - 32, 2676));
        assertThat(row("corridor-depth-south").get("consensus")).isEqualTo("DISPUTED");
    }

    @Test
    void threePointSevenMilesNorthMatches() {
        Map<String, Object> cell = cell("corridor-depth-north", S001);
        assertThat(cell.get("verdict")).isEqualTo("MATCHES");
        assertThat(cell("corridor-depth-north", S000).get("verdict")).isEqualTo("MATCHES");
    }

    @Test
    void seedThreeOmitsTheCorridor() {
        for (String facet : List.of("corridor-depth-north", "corridor-depth-south", "corridor-width")) {
            Map<String, Object> cell = cell(facet, S003);
            assertThat(cell.get("verdict")).as(facet).isEqualTo("OMITS");
            assertThat(claims(cell)).as(facet).isEmpty();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void twelveKmCorridorMatchesTheDerivedWidth() {
        Map<String, Object> width = row("corridor-width");
        assertThat(((Map<String, Object>) width.get("expected")).get("display").toString()).contains("12");
        assertThat(cell("corridor-width", S002).get("verdict")).isEqualTo("MATCHES");
        assertThat(cell("corridor-width", S004).get("verdict")).isEqualTo("MATCHES");
        Map<String, Object> derived = cell("corridor-width", S001);
        assertThat(derived.get("derived")).isEqualTo(true);
        assertThat(derived.get("verdict")).isEqualTo("CONFLICTS");
        assertThat(width.get("consensus")).isEqualTo("DISPUTED");
    }

    @Test
    @SuppressWarnings("unchecked")
    void singleAirStrikeTollIsDisputed() {
        Map<String, Object> row = row("turkish-soldiers-killed-airstrike");
        assertThat(row.get("consensus")).isEqualTo("DISPUTED");
        assertThat(((Map<String, Object>) row.get("facet")).get("clause")).isNull();
        assertThat(cell("turkish-soldiers-killed-airstrike", S002).get("verdict")).isEqualTo("REPORTS");
        assertThat(claims(cell("turkish-soldiers-killed-airstrike", S002)))
                .anySatisfy(c -> assertThat(((Map<String, Object>) c.get("quote")).get("exact")).isEqualTo("29 Turkish troops"));
        assertThat(claims(cell("turkish-soldiers-killed-airstrike", S004)))
                .anySatisfy(c -> assertThat(((Map<String, Object>) c.get("quote")).get("exact"))
                        .isEqualTo("33 soldiers killed last Thursday"));
    }

    @Test
    void whereIdlibLiesIsDisputed() {
        assertThat(row("idlib-location").get("consensus")).isEqualTo("DISPUTED");
        assertThat(cell("idlib-location", S004).get("verdict")).isEqualTo("REPORTS");
    }

    @Test
    void everySourceThatStatesTheCeasefireStartMatches() {
        for (String seed : List.of(S000, S001, S002, S003, S004)) {
            assertThat(cell("ceasefire-start", seed).get("verdict")).as(seed).isEqualTo("MATCHES");
        }
        assertThat(row("ceasefire-start").get("consensus")).isEqualTo("AGREED");
    }

    @Test
    void entryIntoForceIsSingleSourced() {
        assertThat(row("entry-into-force").get("consensus")).isEqualTo("SINGLE_SOURCE");
        assertThat(cell("entry-into-force", S002).get("verdict")).isEqualTo("MATCHES");
    }

    @Test
    void laterDateIsPartialAndAWeekMatches() {
        assertThat(cell("corridor-parameters-deadline", S001).get("verdict")).isEqualTo("PARTIAL");
        assertThat(cell("corridor-parameters-deadline", S000).get("verdict")).isEqualTo("MATCHES");
        assertThat(cell("corridor-parameters-deadline", S002).get("verdict")).isEqualTo("MATCHES");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyQuoteStandsVerbatimAtItsOffsets() {
        List<Map<String, Object>> rows = comparison.getList("data.comparison.rows");
        int checked = 0;
        for (Map<String, Object> row : rows) {
            for (Map<String, Object> cell : (List<Map<String, Object>>) row.get("cells")) {
                String hash = (String) ((Map<String, Object>) cell.get("source")).get("contentHash");
                String file = List.of(S000, S001, S002, S003, S004).stream()
                        .filter(f -> SeedArticles.hash(f).equals(hash)).findFirst().orElseThrow();
                String text = SeedArticles.text(file);
                for (Map<String, Object> claim : claims(cell)) {
                    Map<String, Object> q = (Map<String, Object>) claim.get("quote");
                    assertThat(text.substring((int) q.get("start"), (int) q.get("end"))).isEqualTo(q.get("exact"));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(50);
    }
}
