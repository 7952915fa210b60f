package dev.parallax.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.testing.Documents;
import dev.parallax.testing.GraphQl;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The conventions clients expect of a GraphQL API: {@code totalCount} on connections (all pages, with the filters),
 * {@code node(id:)} null for an object that does not exist (with a NOT_FOUND error, as GitHub answers), list items
 * that cannot be null ({@code sourceIds: [ID!]}, declared by IdListArguments), and times as {@code DateTime}.
 */
@QuarkusTest
class SchemaConventionsTest {

    static final String CLAIMS = Documents.load("graphql/SchemaConventionsTest/ClaimsPage");
    static final String SOURCES = Documents.load("graphql/SchemaConventionsTest/SourcesPage");

    @Test
    void totalCountCountsEveryPageWithTheFilters() {
        String agreement = GraphQl.seedAgreementId();
        for (Map<String, Object> filters : List.of(Map.<String, Object>of(), Map.<String, Object>of("agreementId", agreement),
                Map.<String, Object>of("agreementId", agreement, "status", "CURATED"),
                Map.<String, Object>of("status", "REJECTED"))) {
            List<String> statuses = new ArrayList<>();
            List<Integer> totals = walk(CLAIMS, "claims", filters, 7, page -> statuses.addAll(page.getList("data.claims.nodes.status")));
            assertThat(totals).as("%s: the same on every page", filters).containsOnly(statuses.size());
            if (filters.containsKey("status")) {
                assertThat(statuses).as("%s", filters).allMatch(filters.get("status")::equals);
            }
        }
        List<Integer> all = walk(CLAIMS, "claims", Map.of(), 100, page -> { });
        List<Integer> curated = walk(CLAIMS, "claims", Map.of("agreementId", agreement, "status", "CURATED"), 100, page -> { });
        assertThat(curated.get(0)).as("the seed's curated claims").isPositive().isLessThanOrEqualTo(all.get(0));

        List<Integer> sourcesOfSeed = walk(SOURCES, "sources", Map.of("agreementId", agreement), 2, page -> { });
        List<Integer> allSources = walk(SOURCES, "sources", Map.of(), 50, page -> { });
        assertThat(sourcesOfSeed.get(0)).isPositive().isLessThanOrEqualTo(allSources.get(0));
    }

    @Test
    void totalCountOfAnEmptyFilterIsZero() {
        JsonPath page = GraphQl.post(CLAIMS, Map.of("agreementId", GlobalId.of(NodeType.Agreement, 999_999)))
                .extract().jsonPath();
        assertThat(page.getList("errors")).isNull();
        assertThat(page.getInt("data.claims.totalCount")).isZero();
        assertThat(page.getList("data.claims.nodes")).isEmpty();
    }

    @Test
    void nodeOfAWellFormedIdThatNamesNothingIsNullWithNotFound() {
        JsonPath json = GraphQl.post(Documents.load("graphql/SchemaConventionsTest/UnknownNode"),
                Map.of("id", GlobalId.of(NodeType.Claim, 999_999))).statusCode(200).extract().jsonPath();
        assertThat(json.getMap("data")).as("the rest of the answer stands").containsKey("node");
        assertThat(json.getString("data.node")).isNull();
        assertThat(json.getList("data.agreements")).isNotEmpty();
        assertThat(json.getList("errors.extensions.code")).containsExactly("NOT_FOUND");
        assertThat(json.getList("errors[0].path")).containsExactly("node");
    }

    @Test
    void aNullSourceIdIsRefusedByValidation() {
        String agreement = GraphQl.seedAgreementId();
        String source = GraphQl.post(SOURCES, Map.of("agreementId", agreement, "first", 1)).extract().jsonPath()
                .getString("data.sources.nodes[0].id");
        JsonPath literal = GraphQl.post(Documents.load("graphql/SchemaConventionsTest/NullSourceIdLiteral"),
                Map.of("id", agreement, "source", source)).statusCode(200).extract().jsonPath();
        assertThat(literal.getList("errors.extensions.code")).containsOnly("GRAPHQL_VALIDATION_FAILED");
        assertThat(literal.getMap("data")).isNull();

        Map<String, Object> variables = new HashMap<>();
        variables.put("id", agreement);
        variables.put("s", java.util.Arrays.asList(source, null));
        JsonPath variable = GraphQl.post(Documents.load("graphql/SchemaConventionsTest/NullSourceIdVariable"), variables)
                .statusCode(200).extract().jsonPath();
        assertThat(variable.getList("errors.extensions.code")).containsOnly("GRAPHQL_VALIDATION_FAILED");
        assertThat(variable.getMap("data")).isNull();
    }

    @Test
    void instantsAreDateTimesWithTheirOffset() {
        JsonPath json = GraphQl.post(Documents.load("graphql/SchemaConventionsTest/InstantClaims")).extract().jsonPath();
        List<String> at = json.getList("data.claims.nodes.value.at");
        List<String> utc = json.getList("data.claims.nodes.value.utc");
        List<String> stated = at.stream().filter(a -> a != null).toList();
        assertThat(stated).as("the seed states the ceasefire's start").isNotEmpty();
        for (int i = 0; i < at.size(); i++) {
            if (at.get(i) != null) {
                OffsetDateTime local = OffsetDateTime.parse(at.get(i));
                OffsetDateTime inUtc = OffsetDateTime.parse(utc.get(i));
                assertThat(inUtc.getOffset().getTotalSeconds()).isZero();
                assertThat(inUtc.toInstant()).isEqualTo(local.toInstant());
            }
        }
    }

    /** Walks every page of a connection, {@code first} at a time, and gives back the totalCount of each page. */
    private static List<Integer> walk(String query, String field, Map<String, Object> filters, int first,
            java.util.function.Consumer<JsonPath> eachPage) {
        List<Integer> totals = new ArrayList<>();
        int items = 0;
        String after = null;
        do {
            Map<String, Object> variables = new HashMap<>(filters);
            variables.put("first", first);
            if (after != null) {
                variables.put("after", after);
            }
            JsonPath page = GraphQl.post(query, variables).statusCode(200).extract().jsonPath();
            assertThat(page.getList("errors")).as("%s %s", field, variables).isNull();
            totals.add(page.getInt("data." + field + ".totalCount"));
            items += page.getList("data." + field + ".nodes").size();
            eachPage.accept(page);
            after = page.getBoolean("data." + field + ".pageInfo.hasNextPage")
                    ? page.getString("data." + field + ".pageInfo.endCursor") : null;
        } while (after != null);
        assertThat(totals).as("%s %s: totalCount is the number of items on all pages", field, filters)
                .containsOnly(items);
        return totals;
    }
}
