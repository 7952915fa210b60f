package dev.parallax.claim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.testing.Documents;
import dev.parallax.testing.GraphQl;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Months, years, ranges, percentages and masses written through the API, stored, read back and compared. */
@QuarkusTest
class QuantityKindsTest {

    private static final String FIELDS = "claim/QuantityKindsTest/QuantityFields";
    private static final String A = "Foreign forces leave within 14 months. Enrichment is capped at 3.67 percent and the"
            + " stockpile at 300 kg. Dozens of observers will watch. The talks took four months.";
    private static final String B = "Forces leave in 18 months, and enrichment may reach 20 %. The cap is 0.3 tonnes.";
    private static final String AGREEMENT = """
            slug: quantity-kinds
            title: A test agreement with months, percentages and masses
            parties: [Party A, Party B]
            place: Geneva
            signedOn: 2021-01-10
            timeZone: Europe/Zurich
            clauses:
              - {number: "1", title: Terms, text: "Withdrawal within 14 months; enrichment up to 3.67 %; 300 kg."}
            facets:
              - {key: withdrawal, label: Withdrawal, kind: DURATION, clause: "1",
                 expected: {kind: DURATION, amount: "14", unit: month, approx: UP_TO}}
              - {key: enrichment, label: Enrichment, kind: PERCENT, clause: "1",
                 expected: {kind: PERCENT, amount: "3.67", unit: "%", approx: UP_TO}}
              - {key: stockpile, label: Stockpile, kind: MASS, clause: "1",
                 expected: {kind: MASS, amount: "300", unit: kg, approx: UP_TO}}
              - {key: talks-length, label: Talks, kind: DURATION, clause: "1",
                 expected: {kind: DURATION, amount: "135", unit: day}}
              - {key: observers, label: Observers, kind: COUNT}
            sources:
              - {file: a.txt, title: Source A, language: en}
              - {file: b.txt, title: Source B, language: en}
            """;

    private static String agreementId;

    private static String claim(String file, String text, String facet, String exact, String value) {
        int start = text.indexOf(exact);
        return "  - {source: " + file + ", facet: " + facet + ", quote: {exact: \"" + exact + "\", start: " + start
                + ", end: " + (start + exact.length()) + "}, value: " + value + "}\n";
    }

    @BeforeEach
    void importOnce() {
        if (agreementId != null) {
            return;
        }
        String claims = "claims:\n"
                + claim("a.txt", A, "withdrawal", "within 14 months", "{kind: DURATION, amount: \"14\", unit: month, approx: UP_TO}")
                + claim("a.txt", A, "enrichment", "3.67 percent", "{kind: PERCENT, amount: \"3.67\", unit: \"%\"}")
                + claim("a.txt", A, "stockpile", "300 kg", "{kind: MASS, amount: \"300\", unit: kg}")
                + claim("a.txt", A, "observers", "Dozens", "{kind: COUNT, amount: \"24\", to: \"99\"}")
                + claim("a.txt", A, "talks-length", "four months", "{kind: DURATION, amount: \"4\", unit: month}")
                + claim("b.txt", B, "withdrawal", "in 18 months", "{kind: DURATION, amount: \"18\", unit: month}")
                + claim("b.txt", B, "enrichment", "20 %", "{kind: PERCENT, amount: \"20\", unit: \"%\"}");
        JsonPath json = GraphQl.post(Documents.load("claim/QuantityKindsTest/ImportAgreement", FIELDS), Map.of("input",
                Map.of("agreementYaml", AGREEMENT, "claimsYaml", claims, "articles", List.of(
                        Map.of("file", "a.txt", "text", A), Map.of("file", "b.txt", "text", B)))))
                .statusCode(200).extract().jsonPath();
        assertThat(json.getList("errors")).isNull();
        assertThat(json.getInt("data.importAgreement.claimsAdded")).isEqualTo(7);
        assertThat(json.getList("data.importAgreement.agreement.facets.kind"))
                .containsExactly("DURATION", "PERCENT", "MASS", "DURATION", "COUNT");
        assertThat(json.getString("data.importAgreement.agreement.facets[0].expected.display"))
                .isEqualTo("within 14 months");
        agreementId = json.getString("data.importAgreement.agreement.id");
    }

    private JsonPath comparison() {
        return GraphQl.post(Documents.load("claim/QuantityKindsTest/Comparison", FIELDS), Map.of("id", agreementId))
                .statusCode(200).extract().jsonPath();
    }

    private static String cell(JsonPath c, String facet, int source, String field) {
        return c.getString("data.comparison.rows.find { it.facet.key == '" + facet + "' }.cells[" + source + "]."
                + field);
    }

    @Test
    void monthsPercentagesMassesAndRangesAreStoredReadBackAndCompared() {
        JsonPath c = comparison();
        assertThat(c.getList("errors")).isNull();
        assertThat(cell(c, "withdrawal", 0, "verdict")).isEqualTo("MATCHES");
        assertThat(cell(c, "withdrawal", 1, "verdict")).isEqualTo("CONFLICTS");
        assertThat(cell(c, "enrichment", 0, "verdict")).isEqualTo("MATCHES");
        assertThat(cell(c, "enrichment", 1, "verdict")).isEqualTo("CONFLICTS");
        assertThat(cell(c, "stockpile", 0, "verdict")).isEqualTo("MATCHES");
        assertThat(cell(c, "talks-length", 0, "verdict")).isEqualTo("MATCHES");
        assertThat(cell(c, "observers", 0, "verdict")).isEqualTo("REPORTS");

        assertThat(cell(c, "withdrawal", 0, "claims[0].value.unit")).isEqualTo("month");
        assertThat(cell(c, "withdrawal", 0, "claims[0].value.approximation")).isEqualTo("UP_TO");
        assertThat(cell(c, "withdrawal", 0, "claims[0].value.display")).isEqualTo("within 14 months");
        assertThat(cell(c, "withdrawal", 0, "claims[0].value.canonicalUnit")).isEqualTo("h");
        assertThat(cell(c, "enrichment", 0, "claims[0].value.kind")).isEqualTo("PERCENT");
        assertThat(cell(c, "enrichment", 0, "claims[0].value.display")).isEqualTo("3.67 %");
        assertThat(cell(c, "enrichment", 0, "claims[0].value.amount")).isEqualTo("3.67");
        assertThat(cell(c, "stockpile", 0, "claims[0].value.canonicalUnit")).isEqualTo("kg");
        assertThat(cell(c, "observers", 0, "claims[0].value.to")).isEqualTo("99");
        assertThat(cell(c, "observers", 0, "claims[0].value.display")).isEqualTo("24–99");
        assertThat(cell(c, "observers", 0, "claims[0].value.high")).isEqualTo("99.0");
        assertThat(cell(c, "talks-length", 0, "explanation")).contains("4 months");
    }

    @Test
    void aMassAndAPercentageAddedByHandAreReadBackAndAnImpossibleDurationWritesNothing() {
        String source = GraphQl.post(Documents.load("claim/QuantityKindsTest/AgreementSources"), Map.of("a", agreementId))
                .extract().jsonPath().getString("data.sources.nodes.find { it.title == 'Source B' }.id");
        int start = B.indexOf("0.3 tonnes");
        JsonPath json = GraphQl.post(Documents.load("claim/QuantityKindsTest/AddClaim", FIELDS), Map.of("input", Map.of(
                "sourceId", source, "facetKey", "stockpile",
                "value", Map.of("kind", "MASS", "amount", "0.3", "unit", "t", "approximation", "UP_TO"),
                "quote", Map.of("start", start, "end", start + 10)))).statusCode(200).extract().jsonPath();
        assertThat(json.getList("errors")).isNull();
        assertThat(json.getString("data.addClaim.claim.value.display")).isEqualTo("up to 0.3 t");
        assertThat(json.getDouble("data.addClaim.claim.value.high")).isEqualTo(300.0);
        assertThat(cell(comparison(), "stockpile", 1, "verdict")).isEqualTo("MATCHES");

        int pct = B.indexOf("20 %");
        JsonPath refused = GraphQl.post(Documents.load("claim/QuantityKindsTest/AddClaim", FIELDS), Map.of("input",
                Map.of("sourceId", source, "facetKey", "withdrawal",
                        "value", Map.of("kind", "DURATION", "amount", "400000000000", "unit", "year"),
                        "quote", Map.of("start", pct, "end", pct + 4)))).statusCode(200).extract().jsonPath();
        assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
        assertThat(refused.getString("errors[0].message")).contains("at most");
        assertThat(comparison().getList("data.comparison.rows.find { it.facet.key == 'withdrawal' }.cells[1].claims"))
                .hasSize(1);

        int reach = B.indexOf("reach 20 %");
        JsonPath percent = GraphQl.post(Documents.load("claim/QuantityKindsTest/AddClaim", FIELDS), Map.of("input",
                Map.of("sourceId", source, "facetKey", "enrichment",
                        "value", Map.of("kind", "PERCENT", "amount", "20", "unit", "%", "approximation", "UP_TO"),
                        "quote", Map.of("start", reach, "end", reach + 10)))).statusCode(200).extract().jsonPath();
        assertThat(percent.getList("errors")).isNull();
        assertThat(percent.getString("data.addClaim.claim.value.kind")).isEqualTo("PERCENT");
        assertThat(percent.getString("data.addClaim.claim.value.display")).isEqualTo("up to 20 %");
        assertThat(percent.getString("data.addClaim.claim.value.canonicalUnit")).isEqualTo("%");
        // the same facet, span and value as the imported claim: refused as a duplicate
        JsonPath duplicate = GraphQl.post(Documents.load("claim/QuantityKindsTest/AddClaim", FIELDS), Map.of("input",
                Map.of("sourceId", source, "facetKey", "enrichment",
                        "value", Map.of("kind", "PERCENT", "amount", "20", "unit", "%"),
                        "quote", Map.of("start", pct, "end", pct + 4)))).statusCode(200).extract().jsonPath();
        assertThat(duplicate.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
    }
}
