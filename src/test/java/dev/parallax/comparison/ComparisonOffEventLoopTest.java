package dev.parallax.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.testing.Documents;
import dev.parallax.testing.GraphQl;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A comparison is completed by graphql-java off the event loop (its cells' fields are fetched on worker threads, as
 * {@link CellFetchProbe} sees), for the root field, a page of columns and the nested {@code Agreement.comparison};
 * fields under it that reach the database still answer, the same as when asked for directly.
 */
@QuarkusTest
class ComparisonOffEventLoopTest {

    static final String CELLS = Documents.load("comparison/ComparisonOffEventLoopTest/Cells");
    static final String PAGED_CELLS = Documents.load("comparison/ComparisonOffEventLoopTest/PagedCells");
    static final String NESTED_CELLS = Documents.load("comparison/ComparisonOffEventLoopTest/NestedComparisonCells");
    static final String IN_COMPARISON = Documents.load("comparison/ComparisonOffEventLoopTest/DatabaseFieldsInComparison");
    static final String DIRECT = Documents.load("comparison/ComparisonOffEventLoopTest/DatabaseFieldsDirect");

    @Test
    void aComparisonsCellsAreCompletedOffTheEventLoop() {
        String id = GraphQl.seedAgreementId();
        for (String query : List.of(CELLS, PAGED_CELLS, NESTED_CELLS)) {
            CellFetchProbe.reset();
            ok(GraphQl.post(query, Map.of("id", id)));
            assertThat(CellFetchProbe.ELSEWHERE.get()).as("cell fields fetched off the event loop").isPositive();
            assertThat(CellFetchProbe.ON_EVENT_LOOP.get()).as("cell fields fetched on the event loop").isZero();
        }
    }

    @Test
    void fieldsUnderAComparisonThatReadTheDatabaseAnswerAsWhenAskedDirectly() {
        String id = GraphQl.seedAgreementId();
        JsonPath in = ok(GraphQl.post(IN_COMPARISON, Map.of("id", id)));
        JsonPath direct = ok(GraphQl.post(DIRECT, Map.of("id", id)));

        assertThat(in.getMap("data.comparison.agreement")).isEqualTo(direct.getMap("data.agreement"));
        assertThat(in.getList("data.comparison.agreement.facets")).isNotEmpty();
        List<Map<String, Object>> sources = in.getList("data.comparison.sources");
        List<Map<String, Object>> directSources = direct.getList("data.sources.nodes");
        assertThat(sources).hasSize(5).containsExactlyInAnyOrderElementsOf(directSources);

        Map<String, List<String>> claimsOfSource = new HashMap<>();
        for (Map<String, Object> source : sources) {
            claimsOfSource.put((String) source.get("id"), in.getList("data.comparison.sources.find { it.id == '"
                    + source.get("id") + "' }.claims.id"));
        }
        int claims = 0;
        for (int r = 0; r < in.getList("data.comparison.rows").size(); r++) {
            String row = "data.comparison.rows[" + r + "]";
            String facet = in.getString(row + ".facet.key");
            for (int c = 0; c < in.getList(row + ".cells").size(); c++) {
                String cell = row + ".cells[" + c + "]";
                String source = in.getString(cell + ".source.id");
                assertThat(in.getList(cell + ".source.claims.id")).isEqualTo(claimsOfSource.get(source));
                for (int k = 0; k < in.getList(cell + ".claims").size(); k++) {
                    String claim = cell + ".claims[" + k + "]";
                    assertThat(in.getString(claim + ".source.id")).isEqualTo(source);
                    if (!in.getBoolean(cell + ".derived")) {
                        assertThat(in.getString(claim + ".facet.key")).isEqualTo(facet);
                    }
                    assertThat(claimsOfSource.get(source)).contains(in.getString(claim + ".id"));
                    assertThat(in.getList(claim + ".history")).as(claim).isNotNull();
                    claims++;
                }
            }
        }
        assertThat(claims).as("claims under the comparison's cells").isPositive();
    }

    static JsonPath ok(ValidatableResponse response) {
        JsonPath json = response.statusCode(200).extract().jsonPath();
        assertThat(json.getList("errors")).as(json.prettify()).isNull();
        return json;
    }
}
