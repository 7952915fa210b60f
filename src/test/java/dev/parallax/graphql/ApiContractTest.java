package dev.parallax.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.testing.Documents;
import dev.parallax.testing.GraphQl;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The public contract: global IDs, node lookup, Relay pagination, and coded errors without internals. */
@QuarkusTest
class ApiContractTest {

    static JsonPath errorOf(String query, Map<String, Object> variables) {
        JsonPath json = GraphQl.post(query, variables).statusCode(200).extract().jsonPath();
        assertThat(json.getList("errors")).hasSize(1);
        assertThat(json.getString("errors[0].message")).doesNotContain("Exception").doesNotContain("at dev.");
        return json;
    }

    @Test
    void agreementHasItsMetadataClausesAndFacets() {
        JsonPath json = GraphQl.post(Documents.load("graphql/ApiContractTest/AgreementMetadata"),
                Map.of("id", GraphQl.seedAgreementId())).extract().jsonPath();
        assertThat(json.getString("data.agreement.place")).isEqualTo("Moscow");
        assertThat(json.getString("data.agreement.signedOn")).isEqualTo("2020-03-05");
        assertThat(json.getList("data.agreement.clauses.number")).contains("P1", "1", "2", "3");
        assertThat(json.getString("data.agreement.facets.find { it.key == 'ceasefire-start' }.clause.number"))
                .isEqualTo("1");
    }

    @Test
    void nodeFetchesEveryKindOfObjectByItsGlobalId() {
        String agreement = GraphQl.seedAgreementId();
        JsonPath json = GraphQl.post(Documents.load("graphql/ApiContractTest/OneOfEveryKind"), Map.of("id", agreement))
                .extract().jsonPath();
        List<String> ids = List.of(agreement, json.getString("data.agreement.clauses[0].id"),
                json.getString("data.agreement.facets[0].id"), json.getString("data.sources.nodes[0].id"),
                json.getString("data.claims.nodes[0].id"));
        List<String> types = List.of("Agreement", "Clause", "Facet", "Source", "Claim");
        for (int i = 0; i < ids.size(); i++) {
            JsonPath node = GraphQl.post(Documents.load("graphql/ApiContractTest/NodeById"), Map.of("id", ids.get(i)))
                    .extract().jsonPath();
            assertThat(node.getString("data.node.__typename")).isEqualTo(types.get(i));
            assertThat(node.getString("data.node.id")).isEqualTo(ids.get(i));
        }
    }

    @Test
    void sourcesKnownMetadataOnlyAndNothingInvented() {
        JsonPath json = GraphQl.post(Documents.load("graphql/ApiContractTest/SourceMetadata")).extract().jsonPath();
        List<Map<String, Object>> nodes = json.getList("data.sources.nodes");
        assertThat(nodes).hasSize(5);
        assertThat(nodes.get(0)).containsEntry("publishedOn", "2020-03-06").containsEntry("outlet", null);
        assertThat(nodes.get(4)).containsEntry("outlet", "ITV News").containsEntry("publishedOn", null);
        assertThat(nodes).allSatisfy(n -> assertThat(n.get("url")).isNull());
    }

    @Test
    void claimsPageThroughEveryClaimExactlyOnce() {
        Set<String> seen = new HashSet<>();
        String after = null;
        int pages = 0;
        do {
            JsonPath page = GraphQl.post(Documents.load("graphql/ApiContractTest/CuratedClaimsPage"),
                    after == null ? Map.of() : Map.of("after", after)).extract().jsonPath();
            List<String> ids = page.getList("data.claims.edges.node.id");
            assertThat(ids.size()).isBetween(1, 10);
            ids.forEach(id -> assertThat(seen.add(id)).as("claim %s seen twice", id).isTrue());
            after = page.getBoolean("data.claims.pageInfo.hasNextPage") ? page.getString("data.claims.pageInfo.endCursor") : null;
            pages++;
        } while (after != null && pages < 100);
        assertThat(seen.size()).isGreaterThanOrEqualTo(70);
    }

    @Test
    void claimsFilterByFacetKeyAndSource() {
        JsonPath json = GraphQl.post(Documents.load("graphql/ApiContractTest/AirstrikeClaims")).extract().jsonPath();
        assertThat(json.getList("data.claims.nodes.facet.key")).isNotEmpty()
                .allSatisfy(k -> assertThat(k).isEqualTo("turkish-soldiers-killed-airstrike"));
        assertThat(json.getList("data.claims.nodes.quote.exact")).contains("29 Turkish troops");
    }

    @Test
    void unknownAgreementIsNotFound() {
        String missing = GlobalId.of(NodeType.Agreement, 999_999);
        JsonPath json = errorOf(Documents.load("graphql/ApiContractTest/AgreementTitle"), Map.of("id", missing));
        assertThat(json.getString("errors[0].extensions.code")).isEqualTo("NOT_FOUND");
        json = errorOf(Documents.load("graphql/ApiContractTest/ComparisonConsensus"), Map.of("id", missing));
        assertThat(json.getString("errors[0].extensions.code")).isEqualTo("NOT_FOUND");
        json = errorOf(Documents.load("graphql/ApiContractTest/NodeId"), Map.of("id", GlobalId.of(NodeType.Claim, 999_999)));
        assertThat(json.getString("errors[0].extensions.code")).isEqualTo("NOT_FOUND");
    }

    @Test
    void malformedAndForeignIdsAreBadUserInput() {
        for (String bad : List.of("not-an-id", "", "QWdyZWVtZW50Ong", GlobalId.of(NodeType.Source, 1))) {
            JsonPath json = errorOf(Documents.load("graphql/ApiContractTest/AgreementTitle"), Map.of("id", bad));
            assertThat(json.getString("errors[0].extensions.code")).as(bad).isEqualTo("BAD_USER_INPUT");
        }
    }

    @Test
    void pageSizesAndCursorsAreChecked() {
        for (int first : new int[] {0, -1, 101, 1_000_000}) {
            JsonPath json = errorOf(Documents.load("graphql/ApiContractTest/SourcesPage"), Map.of("n", first));
            assertThat(json.getString("errors[0].extensions.code")).as("first=%d", first).isEqualTo("BAD_USER_INPUT");
        }
        JsonPath json = errorOf(Documents.load("graphql/ApiContractTest/ClaimsAfterForgedCursor"), Map.of());
        assertThat(json.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void comparisonRejectsUnknownFacetKeysAndForeignSources() {
        String agreement = GraphQl.seedAgreementId();
        JsonPath json = errorOf(Documents.load("graphql/ApiContractTest/UnknownFacetComparison"), Map.of("id", agreement));
        assertThat(json.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
        assertThat(json.getString("errors[0].message")).contains("no-such-point");
        json = errorOf(Documents.load("graphql/ApiContractTest/ChosenSourcesComparison"),
                Map.of("id", agreement, "s", List.of(GlobalId.of(NodeType.Source, 999_999))));
        assertThat(json.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void comparisonNarrowsToChosenSourcesAndFacetsInTheGivenOrder() {
        String agreement = GraphQl.seedAgreementId();
        List<String> sources = GraphQl.post(Documents.load("graphql/ApiContractTest/SourceIds")).extract().jsonPath()
                .getList("data.sources.nodes.id");
        List<String> chosen = List.of(sources.get(3), sources.get(1));
        JsonPath json = GraphQl.post(Documents.load("graphql/ApiContractTest/NarrowedComparison"),
                Map.of("id", agreement, "s", chosen)).extract().jsonPath();
        assertThat(json.getList("errors")).isNull();
        assertThat(json.getList("data.comparison.sources.id")).isEqualTo(chosen);
        assertThat(json.getList("data.comparison.rows.facet.key")).containsExactlyInAnyOrder("corridor-width", "ceasefire-start");
        // seed 001 has no width claim of its own: its derived cell still sees the depth facets
        assertThat(json.getString("data.comparison.rows.find { it.facet.key == 'corridor-width' }.cells[1].verdict"))
                .isEqualTo("CONFLICTS");
    }
}
