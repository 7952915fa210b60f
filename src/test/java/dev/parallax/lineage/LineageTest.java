package dev.parallax.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.graphql.GlobalId;
import dev.parallax.graphql.NodeType;
import dev.parallax.shingle.WireStories;
import dev.parallax.testing.BulkCorpus;
import dev.parallax.testing.Documents;
import dev.parallax.testing.GraphQl;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Copies and versions over GraphQL on the embedded PostgreSQL: reprints of a wire story are linked to it with their
 * similarity and changes and count as one vote, a changed figure is reported, an unrelated report stays independent,
 * and a new text at the same URL is a version that carries the still-quoted claims over and marks the others gone.
 */
@QuarkusTest
class LineageTest {

    static final String ADD = Documents.load("lineage/LineageTest/AddSource");
    static final String LINEAGE = Documents.load("lineage/LineageTest/Lineage");
    static final String COMPARE = Documents.load("lineage/LineageTest/Compare");

    private static JsonPath add(String agreement, String title, String text, String url) {
        Map<String, Object> input = new java.util.HashMap<>(Map.of("agreementId", agreement, "text", text,
                "title", title, "publishedOn", "2020-03-05", "language", "en"));
        if (url != null) {
            input.put("url", url);
        }
        JsonPath json = GraphQl.post(ADD, Map.of("input", input)).statusCode(200).extract().jsonPath();
        assertThat(json.getList("errors")).as(json.prettify()).isNull();
        return json;
    }

    private static String added(String agreement, String title, String text, String url) {
        return add(agreement, title, text, url).getString("data.addSource.source.id");
    }

    private static JsonPath lineage(String sourceId) {
        JsonPath json = GraphQl.post(LINEAGE, Map.of("id", sourceId)).statusCode(200).extract().jsonPath();
        assertThat(json.getList("errors")).as(json.prettify()).isNull();
        return json;
    }

    @Test
    void reprintsAreCopiesOfTheWireStoryAndCountOnce() throws Exception {
        String agreement = GlobalId.of(NodeType.Agreement, BulkCorpus.ensure("lineage-copies", 0));
        String wire = added(agreement, "Wire", WireStories.WIRE, null);
        String same = added(agreement, "Reprint", WireStories.REPRINT_SAME_FIGURES, null);
        String miles = added(agreement, "Reprint in miles", WireStories.REPRINT_MILES, null);
        String unrelated = added(agreement, "Own report", WireStories.UNRELATED, null);

        JsonPath milesLineage = lineage(miles);
        assertThat(milesLineage.getString("data.source.copyOf.source.id")).isEqualTo(wire);
        assertThat(milesLineage.getDouble("data.source.copyOf.similarity")).isGreaterThan(0.8).isLessThan(1.0);
        List<Map<String, Object>> changes = milesLineage.getList("data.source.copyOf.changes");
        assertThat(changes).anySatisfy(c -> {
            assertThat(c.get("before")).isEqualTo("12-kilometer");
            assertThat(c.get("after")).isEqualTo("seven-mile");
        });
        assertThat(changes).anySatisfy(c -> assertThat(c.get("before")).isEqualTo("more than"));
        assertThat(lineage(same).getString("data.source.copyOf.source.id")).isEqualTo(wire);

        JsonPath wireLineage = lineage(wire);
        assertThat(wireLineage.getString("data.source.copyOf")).isNull();
        assertThat(wireLineage.getList("data.source.copies.source.id")).containsExactly(same, miles);
        assertThat(lineage(unrelated).getString("data.source.copyOf")).isNull();

        JsonPath compared = GraphQl.post(COMPARE, Map.of("agreementId", agreement)).statusCode(200).extract().jsonPath();
        assertThat(compared.getList("errors")).as(compared.prettify()).isNull();
        Map<String, Object> row = compared.getMap("data.comparison.rows[0]");
        assertThat(compared.getList("data.comparison.rows[0].cells")).as(compared.prettify()).hasSize(4);
        assertThat(row.get("copies")).as(compared.prettify()).isEqualTo(2);
        assertThat((String) row.get("consensusExplanation")).endsWith("2 more are copies");
        List<Map<String, Object>> cells = compared.getList("data.comparison.rows[0].cells");
        Map<String, Object> milesCell = cells.stream().filter(c -> ((Map<?, ?>) c.get("source")).get("id").equals(miles))
                .findFirst().orElseThrow();
        assertThat(milesCell.get("copyChange")).as(compared.prettify()).isEqualTo("copy changed 12 km to 7 mi");
        assertThat(compared.getList("data.comparison.rows[0].copyChanges"))
                .containsExactly("Reprint in miles: copy changed 12 km to 7 mi");
    }

    @Test
    void aNewTextAtTheSameUrlIsAVersionWithItsClaimsCarriedOver() throws Exception {
        String agreement = GlobalId.of(NodeType.Agreement, BulkCorpus.ensure("lineage-versions", 0));
        String url = "https://example.org/wire/idlib-ceasefire";
        String first = added(agreement, "Wire", WireStories.WIRE, url);
        String updatedText = "UPDATED with the Kremlin's statement.\n\n" + WireStories.WIRE
                .replace("a 12-kilometer security corridor", "a security corridor");
        String second = added(agreement, "Wire (updated)", updatedText, url);
        assertThat(second).isNotEqualTo(first);

        JsonPath updated = lineage(second);
        assertThat(updated.getString("data.source.copyOf")).isNull();
        assertThat(updated.getList("data.source.versions.source.id")).containsExactly(first, second);
        assertThat(updated.getList("data.source.versions.latest")).containsExactly(false, true);
        assertThat(updated.getList("data.source.versions.number")).containsExactly(1, 2);
        assertThat(updated.getDouble("data.source.versions[1].similarity")).isGreaterThan(0.8);
        assertThat(updated.getList("data.source.versions[1].changes.before")).contains("12-kilometer");
        assertThat(lineage(first).getList("data.source.versions.source.id")).containsExactly(first, second);

        // Every claim of the first version is either carried over (same quote, re-anchored) or marked gone.
        List<Map<String, Object>> oldClaims = lineage(first).getList("data.source.claims");
        List<Map<String, Object>> newClaims = updated.getList("data.source.claims");
        assertThat(oldClaims).isNotEmpty();
        int carried = 0;
        int gone = 0;
        for (Map<String, Object> old : oldClaims) {
            Map<?, ?> quote = (Map<?, ?>) old.get("quote");
            List<?> actions = ((List<?>) old.get("history")).stream().map(h -> ((Map<?, ?>) h).get("action")).toList();
            if (actions.contains("GONE")) {
                gone++;
                assertThat((String) quote.get("exact")).as("a gone quote is no longer in the new text")
                        .satisfies(q -> assertThat(updatedText).doesNotContain(q));
            } else {
                carried++;
                Map<String, Object> copy = newClaims.stream()
                        .filter(c -> ((Map<?, ?>) c.get("quote")).get("exact").equals(quote.get("exact"))
                                && c.get("facet").equals(old.get("facet")))
                        .findFirst().orElseThrow(() -> new AssertionError("not carried over: " + old));
                Map<?, ?> at = (Map<?, ?>) copy.get("quote");
                assertThat(updatedText.substring((int) at.get("start"), (int) at.get("end"))).isEqualTo(quote.get("exact"));
                assertThat((int) at.get("start")).isGreaterThan((int) quote.get("start"));
                assertThat(copy.get("status")).isEqualTo(old.get("status"));
                assertThat(((List<?>) copy.get("history")).stream().map(h -> (Object) ((Map<?, ?>) h).get("action")).toList())
                        .containsExactly("CARRIED_OVER");
            }
        }
        assertThat(carried).isPositive();
        assertThat(gone).isPositive();
        assertThat(oldClaims).anySatisfy(c -> assertThat(((Map<?, ?>) c.get("quote")).get("exact").toString())
                .contains("12-kilometer"));

        // The comparison uses the latest version only.
        JsonPath compared = GraphQl.post(COMPARE, Map.of("agreementId", agreement)).statusCode(200).extract().jsonPath();
        assertThat(compared.getList("errors")).isNull();
        assertThat(compared.getList("data.comparison.sources.id")).containsExactly(second);
    }
}
