package dev.parallax.seed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.testing.Documents;
import dev.parallax.testing.GraphQl;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Agreements are data: a second, unrelated agreement (Minsk, 2015; test-only texts) imported through the
 * API in the seed file format, then compared like the first.
 */
@QuarkusTest
class SecondAgreementTest {

    static final Path DIR = Path.of("src/test/resources/agreements/minsk-2015");
    static final String IMPORT = Documents.load("seed/SecondAgreementTest/ImportAgreement");

    JsonPath imported;

    @BeforeEach
    void importIt() throws Exception {
        imported = GraphQl.post(IMPORT, Map.of("input", input(Files.readString(DIR.resolve("claims.yaml")))))
                .statusCode(200).extract().jsonPath();
        assertThat(imported.getList("errors")).isNull();
    }

    static Map<String, Object> input(String claimsYaml) throws Exception {
        List<Map<String, String>> articles = new ArrayList<>();
        for (String file : List.of("wire.txt", "daily.txt", "column.txt")) {
            articles.add(Map.of("file", file, "text", Files.readString(DIR.resolve("articles").resolve(file))));
        }
        return Map.of("agreementYaml", Files.readString(DIR.resolve("agreement.yaml")), "claimsYaml", claimsYaml,
                "articles", articles);
    }

    String verdict(JsonPath comparison, String facet, int source) {
        return comparison.getString("data.comparison.rows.find { it.facet.key == '" + facet + "' }.cells[" + source + "].verdict");
    }

    @Test
    void theSecondAgreementIsComparedLikeTheFirst() {
        String id = imported.getString("data.importAgreement.agreement.id");
        assertThat(imported.getList("data.importAgreement.agreement.clauses.number")).containsExactly("1", "2", "3");
        JsonPath c = GraphQl.post(Documents.load("seed/SecondAgreementTest/AgreementComparison"), Map.of("id", id))
                .extract().jsonPath();
        assertThat(c.getList("errors")).isNull();
        assertThat(c.getList("data.comparison.sources.title")).containsExactly(
                "Ceasefire agreed in Minsk", "Truce to start on Sunday", "A deal few believe in");
        assertThat(verdict(c, "ceasefire-start", 0)).isEqualTo("MATCHES");
        assertThat(verdict(c, "ceasefire-start", 1)).isEqualTo("MATCHES");
        assertThat(verdict(c, "ceasefire-start", 2)).isEqualTo("CONFLICTS");
        assertThat(verdict(c, "zone-artillery", 0)).isEqualTo("MATCHES");
        assertThat(verdict(c, "zone-artillery", 1)).isEqualTo("CONFLICTS");
        assertThat(verdict(c, "zone-rockets", 1)).isEqualTo("MATCHES");
        assertThat(verdict(c, "withdrawal-deadline", 0)).isEqualTo("MATCHES");
        assertThat(verdict(c, "withdrawal-deadline", 1)).isEqualTo("MATCHES");
        assertThat(verdict(c, "withdrawal-deadline", 2)).isEqualTo("CONFLICTS");
        assertThat(verdict(c, "monitor", 0)).isEqualTo("MATCHES");
        assertThat(verdict(c, "people-killed", 1)).isEqualTo("REPORTS");
        assertThat(c.getString("data.comparison.rows.find { it.facet.key == 'ceasefire-start' }.consensus")).isEqualTo("DISPUTED");
        assertThat(c.getString("data.comparison.rows.find { it.facet.key == 'zone-rockets' }.consensus")).isEqualTo("SINGLE_SOURCE");
        assertThat(c.getString("data.comparison.rows.find { it.facet.key == 'people-killed' }.consensus")).isEqualTo("AGREED");
    }

    @Test
    void importingAgainAddsNothing() throws Exception {
        JsonPath again = GraphQl.post(IMPORT, Map.of("input", input(Files.readString(DIR.resolve("claims.yaml")))))
                .extract().jsonPath();
        assertThat(again.getInt("data.importAgreement.claimsAdded")).isZero();
        assertThat(again.getString("data.importAgreement.agreement.id"))
                .isEqualTo(imported.getString("data.importAgreement.agreement.id"));
    }

    @Test
    void aBrokenImportIsRejectedWithACodeNamingTheProblem() throws Exception {
        String claims = Files.readString(DIR.resolve("claims.yaml"));
        String shifted = claims.replaceFirst("start: (\\d+), end: (\\d+)", "start: 1, end: 5");
        JsonPath json = GraphQl.post(IMPORT, Map.of("input", input(shifted))).extract().jsonPath();
        assertThat(json.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
        assertThat(json.getString("errors[0].message")).contains("wire.txt").contains("at midnight on 15 February");

        Map<String, Object> notYaml = Map.of("agreementYaml", "slug: [unclosed");
        json = GraphQl.post(IMPORT, Map.of("input", notYaml)).extract().jsonPath();
        assertThat(json.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");

        Map<String, Object> unknownKind = Map.of("agreementYaml", "slug: broken-kind\ntitle: T\nclauses: []\n"
                + "facets:\n  - {key: a, label: A, kind: COLOUR}\n");
        json = GraphQl.post(IMPORT, Map.of("input", unknownKind)).extract().jsonPath();
        assertThat(json.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
        assertThat(json.getString("errors[0].message")).contains("COLOUR");
        Map<String, Object> badHint = Map.of("agreementYaml", "slug: broken-hint\ntitle: T\nclauses: []\n"
                + "facets:\n  - {key: a, label: A, kind: COUNT, extract: {cue: [x]}}\n");
        json = GraphQl.post(IMPORT, Map.of("input", badHint)).extract().jsonPath();
        assertThat(json.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
        assertThat(json.getString("errors[0].message")).contains("extract.cue");
        assertThat(GraphQl.post(Documents.load("seed/SecondAgreementTest/AgreementSlugs")).extract().jsonPath()
                .getList("data.agreements.slug"))
                .doesNotContain("broken-kind", "broken-hint");
    }

    @Test
    void anImportWhoseArticlesDifferOnlyInTrailingWhiteSpaceIsRejectedAndWritesNothing() throws Exception {
        String wire = Files.readString(DIR.resolve("articles").resolve("wire.txt"));
        List<Map<String, String>> articles = List.of(Map.of("file", "wire.txt", "text", wire),
                Map.of("file", "daily.txt", "text", wire + " \u00a0\n"),
                Map.of("file", "column.txt", "text", Files.readString(DIR.resolve("articles").resolve("column.txt"))));
        Map<String, Object> input = Map.of("agreementYaml",
                Files.readString(DIR.resolve("agreement.yaml")).replace("slug: minsk-2015", "slug: minsk-variant"),
                "articles", articles);
        JsonPath json = GraphQl.post(IMPORT, Map.of("input", input)).extract().jsonPath();
        assertThat(json.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
        assertThat(json.getString("errors[0].message")).contains("daily.txt");
        assertThat(GraphQl.post(Documents.load("seed/SecondAgreementTest/AgreementSlugs")).extract().jsonPath()
                .getList("data.agreements.slug")).doesNotContain("minsk-variant");
    }
}
