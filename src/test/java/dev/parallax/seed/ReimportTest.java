package dev.parallax.seed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.testing.Documents;
import dev.parallax.testing.GraphQl;
import dev.parallax.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Importing an agreement again with the same slug updates it to the file: facets' labels, expected values and hints,
 * new facets; every claim kept; SUGGESTED claims re-suggested; who changed what in the agreement's history. A facet
 * that still has claims cannot be dropped.
 */
@QuarkusTest
class ReimportTest {

    private static final Path DIR = Path.of("src/test/resources/agreements/minsk-2015");
    private static final String IMPORT = Documents.load("seed/ReimportTest/ImportAgreement");
    private static final String FACETS = Documents.load("seed/ReimportTest/Facets");
    private static final String ADD = Documents.load("seed/ReimportTest/AddSource");
    private static final String CLAIMS = Documents.load("seed/ReimportTest/Claims");

    private static JsonPath importIt(String agreementYaml) throws Exception {
        return importIt(agreementYaml, Files.readString(DIR.resolve("claims.yaml")));
    }

    private static JsonPath importIt(String agreementYaml, String claimsYaml) throws Exception {
        List<Map<String, String>> articles = new ArrayList<>();
        for (String file : List.of("wire.txt", "daily.txt", "column.txt")) {
            articles.add(Map.of("file", file, "text", Files.readString(DIR.resolve("articles").resolve(file))));
        }
        return GraphQl.post(IMPORT, Map.of("input", Map.of("agreementYaml", agreementYaml,
                "claimsYaml", claimsYaml, "articles", articles)))
                .statusCode(200).extract().jsonPath();
    }

    private static String yaml(String slug) throws Exception {
        return Files.readString(DIR.resolve("agreement.yaml")).replace("slug: minsk-2015", "slug: " + slug);
    }

    private static Map<String, String> claimStatuses(String agreementId) {
        JsonPath json = GraphQl.post(CLAIMS, Map.of("agreementId", agreementId)).statusCode(200).extract().jsonPath();
        assertThat(json.getList("errors")).isNull();
        Map<String, String> out = new HashMap<>();
        List<Map<String, Object>> nodes = json.getList("data.claims.nodes");
        for (Map<String, Object> n : nodes) {
            @SuppressWarnings("unchecked")
            Map<String, Object> facet = (Map<String, Object>) n.get("facet");
            out.put((String) n.get("id"), n.get("status") + " " + facet.get("key"));
        }
        return out;
    }

    private static List<String[]> history(String slug) throws Exception {
        List<String[]> out = new ArrayList<>();
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement("select e.actor, e.summary"
                + " from agreement_event e join agreement a on a.id = e.agreement_id where a.slug = ? order by e.id")) {
            s.setString(1, slug);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
        }
        return out;
    }

    @Test
    void reimportingUpdatesFacetsKeepsClaimsReRunsSuggestionsAndRecordsWhoChangedWhat() throws Exception {
        String slug = "minsk-reimport";
        JsonPath first = importIt(yaml(slug));
        assertThat(first.getList("errors")).isNull();
        String id = first.getString("data.importAgreement.agreement.id");
        JsonPath added = GraphQl.post(ADD, Map.of("input", Map.of("agreementId", id, "text",
                Files.readString(DIR.resolve("articles/wire.txt")) + "\nUpdated at noon."))).statusCode(200).extract().jsonPath();
        assertThat(added.getList("errors")).isNull();
        List<String> suggestedBefore = added.getList("data.addSource.claims.id");
        assertThat(suggestedBefore).isNotEmpty();
        Map<String, String> before = claimStatuses(id);
        int historyBefore = history(slug).size();
        assertThat(importIt(yaml(slug)).getList("errors")).isNull();
        assertThat(history(slug)).as("an unchanged import records nothing").hasSize(historyBefore);
        assertThat(claimStatuses(id)).as("and changes no claim").isEqualTo(before);

        String changed = yaml(slug)
                .replace("label: Security zone width for rocket launchers", "label: Buffer zone width for rocket launchers")
                .replace("expected: {kind: DURATION, amount: \"14\", unit: day, approx: UP_TO}",
                        "expected: {kind: DURATION, amount: \"15\", unit: day, approx: UP_TO}\n    extract: {cues: [withdrawal]}")
                .replace("sources:", "  - key: weapons-withdrawn\n    label: Heavy weapons withdrawn\n    kind: COUNT\nsources:");
        JsonPath reimported = importIt(changed);
        assertThat(reimported.getList("errors")).isNull();
        assertThat(reimported.getString("data.importAgreement.agreement.id")).isEqualTo(id);

        JsonPath facets = GraphQl.anonymous(FACETS, Map.of("id", id)).statusCode(200).extract().jsonPath();
        assertThat(facets.getString("data.agreement.facets.find { it.key == 'zone-rockets' }.label"))
                .isEqualTo("Buffer zone width for rocket launchers");
        assertThat(facets.getString("data.agreement.facets.find { it.key == 'withdrawal-deadline' }.expected.display"))
                .contains("15");
        assertThat(facets.getList("data.agreement.facets.find { it.key == 'withdrawal-deadline' }.extractionHints.key"))
                .containsExactly("cues");
        assertThat(facets.getList("data.agreement.facets.key")).endsWith("weapons-withdrawn");
        assertThat(facets.getList("data.agreement.history.actor")).last().isEqualTo(GraphQl.TESTER);
        assertThat(facets.getList("data.agreement.history.summary", String.class)).last().asString()
                .contains("facet weapons-withdrawn: added");
        assertThat(facets.getList("data.agreement.history.at", String.class)).allSatisfy(at -> assertThat(at).isNotBlank());

        Map<String, String> after = claimStatuses(id);
        before.forEach((claim, status) -> {
            if (!status.startsWith("SUGGESTED")) {
                assertThat(after).as("every reviewed or curated claim is kept").containsEntry(claim, status);
            }
        });
        List<String> suggestedAfter = after.entrySet().stream().filter(e -> e.getValue().startsWith("SUGGESTED"))
                .map(Map.Entry::getKey).toList();
        assertThat(suggestedAfter).as("suggestions were replaced by a new run").isNotEmpty().doesNotContainAnyElementsOf(suggestedBefore);
        assertThat(after.values()).as("the new hint yields a suggestion").contains("SUGGESTED withdrawal-deadline");

        List<String[]> events = history(slug);
        assertThat(events).hasSize(historyBefore + 1);
        String[] last = events.get(events.size() - 1);
        assertThat(last[0]).isEqualTo(GraphQl.TESTER);
        assertThat(last[1]).contains("facet zone-rockets label: Security zone width for rocket launchers -> Buffer zone width")
                .contains("facet withdrawal-deadline expected:").contains("facet withdrawal-deadline extraction hints:")
                .contains("facet weapons-withdrawn: added").contains("suggestions re-run on 1 source(s)");
    }

    @Test
    void aFacetThatStillHasClaimsCannotBeDroppedAndNothingChanges() throws Exception {
        String slug = "minsk-reimport-drop";
        String id = importIt(yaml(slug)).getString("data.importAgreement.agreement.id");
        Map<String, String> before = claimStatuses(id);
        int historyBefore = history(slug).size();
        String yaml = yaml(slug);
        String withoutMonitor = yaml.substring(0, yaml.indexOf("  - key: monitor")) + yaml.substring(yaml.indexOf("  - key: people-killed"))
                .replace("label: Ceasefire start", "label: Changed");
        String claims = Files.readString(DIR.resolve("claims.yaml"));
        List<String> blocks = new ArrayList<>(List.of(claims.split("\n(?=  - source:)")));
        blocks.removeIf(b -> b.contains("facet: monitor"));
        JsonPath refused = importIt(withoutMonitor, String.join("\n", blocks));
        assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
        assertThat(refused.getString("errors[0].message")).contains("monitor (").contains("claims; not in the file");
        assertThat(claimStatuses(id)).isEqualTo(before);
        assertThat(history(slug)).hasSize(historyBefore);
        JsonPath facets = GraphQl.anonymous(FACETS, Map.of("id", id)).statusCode(200).extract().jsonPath();
        assertThat(facets.getString("data.agreement.facets.find { it.key == 'ceasefire-start' }.label")).isEqualTo("Ceasefire start");
    }
}
