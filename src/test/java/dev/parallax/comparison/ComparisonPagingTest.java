package dev.parallax.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.graphql.GlobalId;
import dev.parallax.graphql.NodeType;
import dev.parallax.testing.BulkCorpus;
import dev.parallax.testing.Documents;
import dev.parallax.testing.GraphQl;
import dev.parallax.testing.StatementCounter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The comparison's columns page ({@code first}/{@code after}): the pages together are the whole comparison, each
 * row's counts and consensus are over every source whatever the page, a page loads only its own sources' texts,
 * in the same four statements at most, and bad paging arguments are refused with a code.
 */
@QuarkusTest
class ComparisonPagingTest {

    static final String PAGED = Documents.load("comparison/ComparisonPagingTest/PagedComparison");
    static final String WHOLE = Documents.load("comparison/ComparisonPagingTest/WholeComparison");
    static final String WITH_TEXTS = Documents.load("comparison/ComparisonPagingTest/PagedComparisonWithTexts");

    @Test
    void theSeedComparisonsPagesTogetherAreTheWholeComparison() {
        String id = GraphQl.seedAgreementId();
        JsonPath whole = ok(GraphQl.post(WHOLE, Map.of("id", id)));
        assertThat(whole.getInt("data.comparison.totalSources")).isEqualTo(5);
        assertThat(whole.getBoolean("data.comparison.pageInfo.hasNextPage")).isFalse();

        List<String> pagedSources = new ArrayList<>();
        List<List<String>> pagedVerdicts = new ArrayList<>();
        String after = null;
        int pages = 0;
        boolean more = true;
        while (more) {
            JsonPath page = ok(GraphQl.post(PAGED, vars(id, 2, after, null)));
            pages++;
            List<String> sources = page.getList("data.comparison.sources.id");
            assertThat(sources).hasSizeBetween(1, 2);
            assertThat(page.getInt("data.comparison.totalSources")).isEqualTo(5);
            assertThat(page.getList("data.comparison.rows.consensus"))
                    .as("consensus is over every source, not the page").isEqualTo(whole.getList("data.comparison.rows.consensus"));
            assertThat(page.getList("data.comparison.rows.counts"))
                    .as("counts are over every source, not the page").isEqualTo(whole.getList("data.comparison.rows.counts"));
            for (int r = 0; r < page.getList("data.comparison.rows").size(); r++) {
                assertThat(page.getList("data.comparison.rows[" + r + "].cells.source.id")).isEqualTo(sources);
                if (pagedVerdicts.size() <= r) {
                    pagedVerdicts.add(new ArrayList<>());
                }
                pagedVerdicts.get(r).addAll(page.getList("data.comparison.rows[" + r + "].cells.verdict"));
            }
            pagedSources.addAll(sources);
            more = page.getBoolean("data.comparison.pageInfo.hasNextPage");
            after = page.getString("data.comparison.pageInfo.endCursor");
        }
        assertThat(pages).isEqualTo(3);
        assertThat(pagedSources).isEqualTo(whole.getList("data.comparison.sources.id"));
        for (int r = 0; r < pagedVerdicts.size(); r++) {
            List<String> verdicts = whole.getList("data.comparison.rows[" + r + "].cells.verdict");
            assertThat(pagedVerdicts.get(r)).isEqualTo(verdicts);
            Map<String, Object> counts = whole.getMap("data.comparison.rows[" + r + "].counts");
            assertThat(counts.get("matches")).isEqualTo(count(verdicts, "MATCHES"));
            assertThat(counts.get("conflicts")).isEqualTo(count(verdicts, "CONFLICTS"));
            assertThat(counts.get("partial")).isEqualTo(count(verdicts, "PARTIAL"));
            assertThat(counts.get("omits")).isEqualTo(count(verdicts, "OMITS"));
            assertThat(counts.get("reports")).isEqualTo(count(verdicts, "REPORTS"));
        }
    }

    @Test
    void chosenColumnsPageInTheClientsOrder() {
        String id = GraphQl.seedAgreementId();
        List<String> all = ok(GraphQl.post(WHOLE, Map.of("id", id))).getList("data.comparison.sources.id");
        List<String> chosen = List.of(all.get(4), all.get(0), all.get(2));
        JsonPath first = ok(GraphQl.post(PAGED, vars(id, 2, null, chosen)));
        assertThat(first.getList("data.comparison.sources.id")).isEqualTo(chosen.subList(0, 2));
        assertThat(first.getInt("data.comparison.totalSources")).isEqualTo(3);
        JsonPath second = ok(GraphQl.post(PAGED, vars(id, 2, first.getString("data.comparison.pageInfo.endCursor"), chosen)));
        assertThat(second.getList("data.comparison.sources.id")).isEqualTo(chosen.subList(2, 3));
        assertThat(second.getBoolean("data.comparison.pageInfo.hasNextPage")).isFalse();
    }

    @Test
    void aPageOfALargeAgreementLoadsOnlyItsOwnTextsInFourStatements() throws Exception {
        long bulk = BulkCorpus.ensure("bulk-50", 50);
        String id = GlobalId.of(NodeType.Agreement, bulk);
        StatementCounter.reset();
        JsonPath page = ok(GraphQl.post(WITH_TEXTS, vars(id, 20, null, null)));
        assertThat(StatementCounter.count()).as(StatementCounter.describe()).isBetween(1L, 4L);
        assertThat(StatementCounter.describe()).contains("case when id > $").doesNotContain(", text from source");
        assertThat(page.getInt("data.comparison.totalSources")).isEqualTo(50);
        assertThat(page.getList("data.comparison.sources")).hasSize(20);
        assertThat(page.getList("data.comparison.sources.text", String.class)).allSatisfy(t -> assertThat(t).isNotBlank());
        assertThat(page.getList("data.comparison.rows[0].cells")).hasSize(20);
        int total = 0;
        for (Object n : page.getMap("data.comparison.rows[0].counts").values()) {
            total += (Integer) n;
        }
        assertThat(total).as("counts over all 50 sources").isEqualTo(50);

        JsonPath second = ok(GraphQl.post(WITH_TEXTS, vars(id, 20, page.getString("data.comparison.pageInfo.endCursor"), null)));
        assertThat(second.getList("data.comparison.sources")).hasSize(20);
        JsonPath last = ok(GraphQl.post(WITH_TEXTS, vars(id, 20, second.getString("data.comparison.pageInfo.endCursor"), null)));
        assertThat(last.getList("data.comparison.sources")).hasSize(10);
        assertThat(last.getBoolean("data.comparison.pageInfo.hasNextPage")).isFalse();
        assertThat(last.getList("data.comparison.sources.text", String.class)).allSatisfy(t -> assertThat(t).isNotBlank());
    }

    @Test
    void badPagingArgumentsAreRefusedWithACode() {
        String id = GraphQl.seedAgreementId();
        assertThat(code(GraphQl.post(PAGED, vars(id, 0, null, null)))).isEqualTo("BAD_USER_INPUT");
        assertThat(code(GraphQl.post(PAGED, vars(id, 101, null, null)))).isEqualTo("BAD_USER_INPUT");
        assertThat(code(GraphQl.post(PAGED, vars(id, 2, "not-a-cursor", null)))).isEqualTo("BAD_USER_INPUT");
        List<String> all = ok(GraphQl.post(WHOLE, Map.of("id", id))).getList("data.comparison.sources.id");
        String afterTheFifth = ok(GraphQl.post(PAGED, vars(id, 5, null, null))).getString("data.comparison.pageInfo.endCursor");
        assertThat(code(GraphQl.post(PAGED, vars(id, 2, afterTheFifth, all.subList(0, 2)))))
                .as("a cursor naming no chosen column").isEqualTo("BAD_USER_INPUT");
    }

    private static Map<String, Object> vars(String id, Integer first, String after, List<String> sourceIds) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("id", id);
        vars.put("first", first);
        vars.put("after", after);
        vars.put("sourceIds", sourceIds);
        return vars;
    }

    private static JsonPath ok(io.restassured.response.ValidatableResponse response) {
        JsonPath json = response.statusCode(200).extract().jsonPath();
        assertThat(json.getList("errors")).as(json.prettify()).isNull();
        return json;
    }

    private static String code(io.restassured.response.ValidatableResponse response) {
        return response.statusCode(200).extract().jsonPath().getString("errors[0].extensions.code");
    }

    private static int count(List<String> verdicts, String verdict) {
        return (int) verdicts.stream().filter(verdict::equals).count();
    }
}
