package dev.parallax.claim;

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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Review of claims over GraphQL: status changes, corrections re-checked against the text, history. */
@QuarkusTest
class ClaimReviewTest {

    /** A SUGGESTED claim on seed 003's copy (which omits the corridor), saying "sixteen" is the depth north. */
    static long suggestedClaim(String agreementSlug) throws Exception {
        long agreement = BulkCorpus.ensure(agreementSlug, 5);
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(
                "insert into claim (source_id, facet_id, value, quote_exact, quote_start, quote_end, quote_prefix,"
                        + " quote_suffix, status, origin, confidence, rule)"
                        + " select so.id, f.id, '{\"kind\":\"LENGTH\",\"amount\":\"16\",\"unit\":\"km\"}', 'sixteen',"
                        + " strpos(so.text, 'sixteen') - 1, strpos(so.text, 'sixteen') + 6, '', '', 'SUGGESTED',"
                        + " 'test', 0.4, 'test-rule' from source so join facet f on f.agreement_id = so.agreement_id"
                        + " and f.key = 'corridor-depth-north' where so.agreement_id = ? and so.text like '%sixteen%'"
                        + " order by so.id limit 1 returning id")) {
            s.setLong(1, agreement);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Runs the review mutation {@code operation} (ConfirmClaim, AddClaim...), which answers with a ReviewedClaim. */
    static JsonPath mutate(String operation, Map<String, Object> input) {
        return GraphQl.post(Documents.load("claim/ClaimReviewTest/" + operation, "claim/ClaimReviewTest/ReviewedClaim"),
                Map.of("input", input)).statusCode(200).extract().jsonPath();
    }

    static String verdictOfSeed003(String agreementSlug, String facet) throws Exception {
        long agreement = BulkCorpus.ensure(agreementSlug, 5);
        JsonPath json = GraphQl.post(Documents.load("claim/ClaimReviewTest/FacetVerdicts"),
                Map.of("id", GlobalId.of(NodeType.Agreement, agreement), "facetKeys", List.of(facet))).extract().jsonPath();
        List<Map<String, Object>> cells = json.getList("data.comparison.rows[0].cells");
        return cells.stream().filter(c -> ((Map<?, ?>) c.get("source")).get("text").equals(SeedArticles.text(SeedArticles.S003)))
                .findFirst().orElseThrow().get("verdict").toString();
    }

    @Test
    void confirmingASuggestionMakesComparisonsCountItAndIsKeptInHistory() throws Exception {
        String claim = GlobalId.of(NodeType.Claim, suggestedClaim("review-confirm"));
        assertThat(verdictOfSeed003("review-confirm", "corridor-depth-north")).isEqualTo("OMITS");

        JsonPath json = mutate("ConfirmClaim", Map.of("claimId", claim));
        assertThat(json.getList("errors")).isNull();
        assertThat(json.getString("data.confirmClaim.claim.status")).isEqualTo("CONFIRMED");
        assertThat(json.getList("data.confirmClaim.claim.history.action")).containsExactly("CONFIRMED");
        assertThat(json.getString("data.confirmClaim.claim.history[0].before")).contains("SUGGESTED");
        assertThat(verdictOfSeed003("review-confirm", "corridor-depth-north")).isEqualTo("CONFLICTS");

        json = mutate("RejectClaim", Map.of("claimId", claim));
        assertThat(json.getString("data.rejectClaim.claim.status")).isEqualTo("REJECTED");
        assertThat(json.getList("data.rejectClaim.claim.history.action")).containsExactly("CONFIRMED", "REJECTED");
        assertThat(verdictOfSeed003("review-confirm", "corridor-depth-north")).isEqualTo("OMITS");
    }

    @Test
    void suggestionsShowOnlyWhenAskedForAndAreMarked() throws Exception {
        suggestedClaim("review-suggested");
        long agreement = BulkCorpus.ensure("review-suggested", 5);
        JsonPath json = GraphQl.post(Documents.load("claim/ClaimReviewTest/SuggestedCells"),
                Map.of("id", GlobalId.of(NodeType.Agreement, agreement))).extract().jsonPath();
        assertThat(json.getList("data.comparison.rows[0].cells.findAll { it.suggested }.verdict")).containsExactly("CONFLICTS");
    }

    @Test
    void curatedClaimsCannotBeConfirmedOrRejected() {
        String curated = GraphQl.post(Documents.load("claim/ClaimReviewTest/FirstCuratedClaim")).extract().jsonPath()
                .getString("data.claims.nodes[0].id");
        JsonPath json = mutate("RejectClaim", Map.of("claimId", curated));
        assertThat(json.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
        assertThat(GraphQl.post(Documents.load("claim/ClaimReviewTest/FirstCuratedClaim")).extract().jsonPath()
                .getString("data.claims.nodes[0].id")).isEqualTo(curated);
    }

    @Test
    void correctionsAreCheckedAgainstTheTextAndTheFacet() throws Exception {
        String claim = GlobalId.of(NodeType.Claim, suggestedClaim("review-correct"));
        String span = "sixteen civilians, including a child";
        int start = SeedArticles.text(SeedArticles.S003).indexOf(span);

        JsonPath bad = mutate("CorrectClaim", Map.of("claimId", claim, "quote", Map.of("start", 10, "end", 999_999)));
        assertThat(bad.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
        bad = mutate("CorrectClaim", Map.of("claimId", claim, "value", Map.of("kind", "DATE", "date", "2020-03-05")));
        assertThat(bad.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
        bad = mutate("CorrectClaim", Map.of("claimId", claim, "facetKey", "no-such-facet"));
        assertThat(bad.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
        bad = mutate("CorrectClaim", Map.of("claimId", claim, "value", Map.of("kind", "COUNT", "amount", "abc")));
        assertThat(bad.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");

        JsonPath json = mutate("CorrectClaim", Map.of("claimId", claim,
                "facetKey", "civilians-killed-talks-day", "value", Map.of("kind", "COUNT", "amount", "16"),
                "quote", Map.of("start", start, "end", start + span.length())));
        assertThat(json.getList("errors")).isNull();
        assertThat(json.getString("data.correctClaim.claim.status")).isEqualTo("CONFIRMED");
        assertThat(json.getString("data.correctClaim.claim.quote.exact")).isEqualTo(span);
        assertThat(json.getList("data.correctClaim.claim.history.action")).containsExactly("CORRECTED");
        assertThat(json.getString("data.correctClaim.claim.history[0].after")).contains("civilians-killed-talks-day");
    }

    @Test
    void aClaimAddedByHandQuotesTheTextAndCountsAtOnce() throws Exception {
        long agreement = BulkCorpus.ensure("review-add", 5);
        String text = SeedArticles.text(SeedArticles.S003);
        String source = GraphQl.post(Documents.load("claim/ClaimReviewTest/AgreementSources"),
                Map.of("a", GlobalId.of(NodeType.Agreement, agreement))).extract().jsonPath()
                .getString("data.sources.nodes.find { it.text.startsWith('Since December') }.id");
        int start = text.indexOf("three million civilians");
        JsonPath json = mutate("AddClaim", Map.of("sourceId", source, "facetKey", "corridor-depth-south",
                "value", Map.of("kind", "LENGTH", "amount", "6", "unit", "km"),
                "quote", Map.of("start", start, "end", start + 13), "attributedTo", "test editor"));
        assertThat(json.getList("errors")).isNull();
        assertThat(json.getString("data.addClaim.claim.status")).isEqualTo("CURATED");
        assertThat(json.getString("data.addClaim.claim.quote.exact")).isEqualTo("three million");
        assertThat(json.getList("data.addClaim.claim.history.action")).containsExactly("ADDED");
        assertThat(verdictOfSeed003("review-add", "corridor-depth-south")).isEqualTo("MATCHES");

        JsonPath again = mutate("AddClaim", Map.of("sourceId", source, "facetKey", "corridor-depth-south",
                "value", Map.of("kind", "LENGTH", "amount", "6", "unit", "km"),
                "quote", Map.of("start", start, "end", start + 13)));
        assertThat(again.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
    }
}
