package dev.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.testing.Documents;
import dev.parallax.testing.GraphQl;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An agreement written without extraction hints: values reach their points by the agreement's own words, with a reason
 * that addSource stores with the suggested claim.
 */
@QuarkusTest
class AlignedSuggestionsTest {

    private static final String AGREEMENT = """
            slug: aligned-suggestions
            title: A test agreement without extraction hints
            parties: [Party A, Party B]
            place: Geneva
            signedOn: 2022-07-22
            timeZone: Europe/Zurich
            clauses:
              - {number: "1", title: Escort, text: "Each convoy is escorted by 12 warships."}
              - {number: "2", title: Inspection, text: "A joint centre employs 40 inspectors who check every ship."}
            facets:
              - {key: escort-ships, label: Escort warships, kind: COUNT, clause: "1",
                 description: "How many warships escort each convoy", expected: {kind: COUNT, amount: "12"}}
              - {key: inspectors, label: Inspectors, kind: COUNT, clause: "2",
                 description: "How many inspectors the joint centre employs", expected: {kind: COUNT, amount: "40"}}
            """;
    private static final String TEXT = "Officials said the convoy would be escorted by 12 warships. The joint centre"
            + " will employ 40 inspectors. The port has 3 cranes.";

    @Test
    void eachValueGoesToThePointItsWordsSpeakOfWithAReadableReason() {
        JsonPath imported = GraphQl.post(Documents.load("ingest/AlignedSuggestionsTest/ImportAgreement"),
                Map.of("input", Map.of("agreementYaml", AGREEMENT))).statusCode(200).extract().jsonPath();
        assertThat(imported.getList("errors")).isNull();
        String agreementId = imported.getString("data.importAgreement.agreement.id");

        JsonPath preview = GraphQl.anonymous(Documents.load("ingest/AlignedSuggestionsTest/ExtractClaims"),
                Map.of("agreementId", agreementId, "text", TEXT)).statusCode(200).extract().jsonPath();
        assertThat(preview.getList("errors")).isNull();
        List<Map<String, Object>> suggestions = preview.getList("data.extractClaims.suggestions");
        assertThat(suggestions).extracting(s -> key(s) + "=" + display(s))
                .containsExactlyInAnyOrder("escort-ships=12", "inspectors=40");
        assertThat(suggestions).allSatisfy(s -> {
            assertThat((String) s.get("rule")).endsWith("+align");
            assertThat((String) s.get("reason")).contains("'" + display(s) + "'").contains("match");
            assertThat(((Number) s.get("confidence")).doubleValue()).isBetween(0.0, 1.0);
        });
        JsonPath added = GraphQl.post(Documents.load("ingest/AlignedSuggestionsTest/AddSource"), Map.of("input",
                Map.of("agreementId", agreementId, "text", TEXT))).statusCode(200).extract().jsonPath();
        assertThat(added.getList("errors")).isNull();
        List<Map<String, Object>> stored = added.getList("data.addSource.claims");
        assertThat(stored).as("addSource stores each suggestion with its confidence, rule and reason")
                .extracting(c -> key(c) + " " + c.get("status") + " " + c.get("confidence") + " " + c.get("rule") + " "
                        + c.get("reason"))
                .containsExactlyInAnyOrderElementsOf(suggestions.stream().map(c -> key(c) + " SUGGESTED "
                        + c.get("confidence") + " " + c.get("rule") + " " + c.get("reason")).toList());

        List<Map<String, Object>> misses = preview.getList("data.extractClaims.nearMisses");
        assertThat(misses).as("the cranes speak to no point").anySatisfy(m -> {
            assertThat(display(m)).isEqualTo("3");
            assertThat((String) m.get("reason")).contains("below threshold");
        });
    }

    @SuppressWarnings("unchecked")
    private static String key(Map<String, Object> suggestion) {
        return (String) ((Map<String, Object>) suggestion.get("facet")).get("key");
    }

    @SuppressWarnings("unchecked")
    private static String display(Map<String, Object> suggestion) {
        return (String) ((Map<String, Object>) suggestion.get("value")).get("display");
    }
}
