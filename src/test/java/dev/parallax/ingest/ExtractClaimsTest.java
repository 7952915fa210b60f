package dev.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.graphql.GlobalId;
import dev.parallax.graphql.NodeType;
import dev.parallax.testing.BulkCorpus;
import dev.parallax.testing.Documents;
import dev.parallax.testing.GraphQl;
import dev.parallax.testing.SeedArticles;
import dev.parallax.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code extractClaims}: exactly addSource's suggestions, with near-misses, and nothing stored. */
@QuarkusTest
class ExtractClaimsTest {

    private static final String EXTRACT = Documents.load("ingest/ExtractClaimsTest/ExtractClaims");
    private static final String ADD = Documents.load("ingest/ExtractClaimsTest/AddSource");

    @Test
    void extractClaimsGivesWhatAddSourceSuggestsAndWritesNothing() throws Exception {
        long agreementId = BulkCorpus.ensure("extract-preview", 0);
        String agreement = GlobalId.of(NodeType.Agreement, agreementId);
        String text = SeedArticles.text(SeedArticles.S001);
        Map<String, Long> before = counts();

        JsonPath preview = GraphQl.anonymous(EXTRACT, Map.of("agreementId", agreement, "text", text,
                "publishedOn", "2020-03-05")).statusCode(200).extract().jsonPath();
        assertThat(preview.getList("errors")).isNull();
        assertThat(counts()).as("extractClaims stores nothing").isEqualTo(before);
        List<Map<String, Object>> suggestions = preview.getList("data.extractClaims.suggestions");
        assertThat(suggestions).hasSizeGreaterThan(3);
        assertThat(suggestions).allSatisfy(s -> {
            assertThat((String) s.get("rule")).isNotBlank();
            assertThat((String) s.get("explanation")).isNotBlank().doesNotContain("+");
        });
        List<Map<String, Object>> misses = preview.getList("data.extractClaims.nearMisses");
        assertThat(misses).as("near-misses with a reason").isNotEmpty().allSatisfy(m -> {
            assertThat((String) m.get("reason")).isNotBlank();
            @SuppressWarnings("unchecked")
            Map<String, Object> quote = (Map<String, Object>) m.get("quote");
            assertThat(text.substring((int) quote.get("start"), (int) quote.get("end"))).isEqualTo(quote.get("exact"));
        });
        assertThat(misses).hasSizeLessThanOrEqualTo(100);
        assertThat(preview.getInt("data.extractClaims.nearMissCount")).isGreaterThanOrEqualTo(misses.size());

        JsonPath added = GraphQl.post(ADD, Map.of("input", Map.of("agreementId", agreement, "text", text,
                "publishedOn", "2020-03-05"))).statusCode(200).extract().jsonPath();
        assertThat(added.getList("errors")).isNull();
        assertThat(added.getBoolean("data.addSource.created")).isTrue();
        List<Map<String, Object>> claims = added.getList("data.addSource.claims");
        assertThat(claims.stream().map(ExtractClaimsTest::claimKey).toList())
                .isEqualTo(suggestions.stream().map(ExtractClaimsTest::claimKey).toList());
        long sourceId = GlobalId.decode(added.getString("data.addSource.source.id"), NodeType.Source);
        assertThat(storedRulesAndConfidences(sourceId))
                .isEqualTo(suggestions.stream().map(s -> s.get("rule") + " " + String.format("%.2f", ((Number) s.get("confidence")).doubleValue())).toList());
    }

    @Test
    void theTextIsCheckedLikeAddSourcesAndABadRequestWritesNothing() throws Exception {
        String agreement = GlobalId.of(NodeType.Agreement, BulkCorpus.ensure("extract-preview-bad", 0));
        Map<String, Map<String, Object>> cases = new HashMap<>();
        cases.put("empty text", Map.of("agreementId", agreement, "text", ""));
        cases.put("oversized text", Map.of("agreementId", agreement, "text", "x".repeat(200 * 1024 + 1)));
        cases.put("control character", Map.of("agreementId", agreement, "text", "bad \u0001 byte"));
        cases.put("malformed date", Map.of("agreementId", agreement, "text", "A text.", "publishedOn", "5 March"));
        cases.put("malformed agreement id", Map.of("agreementId", "nope", "text", "A text."));
        Map<String, Long> before = counts();
        for (var entry : cases.entrySet()) {
            JsonPath json = GraphQl.anonymous(EXTRACT, entry.getValue()).statusCode(200).extract().jsonPath();
            assertThat(json.getString("errors[0].extensions.code")).as(entry.getKey()).isEqualTo("BAD_USER_INPUT");
            assertThat(json.getString("errors[0].message")).as(entry.getKey()).doesNotContain("Exception");
        }
        JsonPath missing = GraphQl.anonymous(EXTRACT, Map.of("agreementId", GlobalId.of(NodeType.Agreement, 987654321),
                "text", "A text.")).statusCode(200).extract().jsonPath();
        assertThat(missing.getString("errors[0].extensions.code")).isEqualTo("NOT_FOUND");
        assertThat(counts()).isEqualTo(before);
    }

    @SuppressWarnings("unchecked")
    private static String claimKey(Map<String, Object> c) {
        Map<String, Object> quote = (Map<String, Object>) c.get("quote");
        return ((Map<String, Object>) c.get("facet")).get("key") + " | " + ((Map<String, Object>) c.get("value")).get("display")
                + " | " + quote.get("exact") + " @" + quote.get("start") + ".." + quote.get("end") + " | " + c.get("attributedTo");
    }

    private static List<String> storedRulesAndConfidences(long sourceId) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(
                "select rule, confidence from claim where source_id = ? order by id")) {
            s.setLong(1, sourceId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1) + " " + String.format("%.2f", rs.getDouble(2)));
                }
            }
        }
        return out;
    }

    private static Map<String, Long> counts() throws Exception {
        Map<String, Long> out = new HashMap<>();
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
            for (String table : List.of("source", "claim", "claim_event")) {
                try (ResultSet rs = s.executeQuery("select count(*) from " + table)) {
                    rs.next();
                    out.put(table, rs.getLong(1));
                }
            }
        }
        return out;
    }
}
