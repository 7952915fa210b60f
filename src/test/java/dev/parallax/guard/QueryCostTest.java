package dev.parallax.guard;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.language.Document;
import graphql.parser.Parser;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The cost of a query is known from its document (and variables) alone, before anything runs. */
class QueryCostTest {

    private static final CostModel MODEL = new CostModel(10, 40, 25, 3, 10);

    @Test
    void aSimpleQueryCostsOnePoint() {
        assertThat(cost("{ __typename }")).isEqualTo(1);
        assertThat(cost("{ agreement(id: \"Agreement:1\") { slug title } }")).isEqualTo(2);
    }

    @Test
    void aLargerPageCostsMore() {
        int one = cost("{ claims(first: 1) { nodes { id quote { exact } source { title } } } }");
        int hundred = cost("{ claims(first: 100) { nodes { id quote { exact } source { title } } } }");
        // 1 + ceil((1 + 100 nodes + 100 quotes + 100 sources) / 100)
        assertThat(hundred).isEqualTo(5);
        assertThat(one).isEqualTo(2);
        assertThat(cost("{ claims { nodes { id } } }")).as("the default page of 20").isEqualTo(2);
        assertThat(cost("{ claims(first: 1000000) { edges { node { quote { exact } } } } }"))
                .as("clamped to the largest page, 100").isEqualTo(cost("{ claims(first: 100) { edges { node { quote { exact } } } } }"));
    }

    @Test
    void pageSizesAndListLengthsAreReadFromVariables() {
        String query = "query Q($n: Int, $ids: [String!]) { sources(first: $n) { nodes { claims { quote { exact } } } } "
                + "comparison(agreementId: \"A\", sourceIds: $ids) { rows { cells { verdict } } } }";
        int small = QueryCost.of(parse(query), operation(query), variables(Map.of("n", 1), Map.of("ids", 2)), MODEL);
        int large = QueryCost.of(parse(query), operation(query), variables(Map.of("n", 100), Map.of()), MODEL);
        assertThat(large).isGreaterThan(small);
    }

    @Test
    void aComparisonCostsByItsFacetsAndSources() {
        String full = "{ comparison(agreementId: \"A\") { rows { facet { key } cells { verdict claims { quote { exact } } } } } }";
        String narrow = "{ comparison(agreementId: \"A\", facetKeys: [\"a\", \"b\"], sourceIds: [\"S1\"]) "
                + "{ rows { facet { key } cells { verdict claims { quote { exact } } } } } }";
        // Full: 1000 cells (40 facets × 25 sources) -> 200 points of engine work; objects 1 + 40 + 40 + 1000
        // + 3,000 claims + 3,000 quotes = 7,081 -> 71 points.
        assertThat(cost(full)).isEqualTo(1 + 71 + 200);
        assertThat(cost(narrow)).isEqualTo(1 + 1 + 1);
        assertThat(cost("{ agreements { comparison { sources { id } } } }"))
                .as("one comparison per agreement").isGreaterThanOrEqualTo(10 * 1000 / 5);
    }

    @Test
    void aPagedComparisonCostsItsFacetsTimesThePageSize() {
        // 40 facets × 10 columns = 400 cells -> 80 points; objects 1 + 40 rows + 40 counts + 400 cells = 481 -> 5.
        assertThat(cost("{ comparison(agreementId: \"A\", first: 10) { rows { counts { matches } cells { verdict } } } }"))
                .isEqualTo(1 + 5 + 80);
        assertThat(cost("{ comparison(agreementId: \"A\", after: \"c\") { rows { cells { verdict } } } }"))
                .as("after alone: the default page of 20").isEqualTo(1 + ceil(1 + 40 + 800, 100) + 800 / 5);
        assertThat(cost("{ comparison(agreementId: \"A\", first: 100, sourceIds: [\"S1\", \"S2\"]) { rows { cells { verdict } } } }"))
                .as("never more columns than chosen").isEqualTo(1 + ceil(1 + 40 + 80, 100) + 80 / 5);
        String variable = "query Q($n: Int, $after: String) { comparison(agreementId: \"A\", first: $n, after: $after) "
                + "{ rows { cells { verdict } } } }";
        int paged = QueryCost.of(parse(variable), operation(variable), variables(Map.of("n", 5), Map.of()), MODEL);
        int unknown = QueryCost.of(parse(variable), operation(variable), variables(Map.of(), Map.of()), MODEL);
        assertThat(paged).isEqualTo(1 + ceil(1 + 40 + 200, 100) + 200 / 5);
        assertThat(unknown).as("first and after may both be null: every source").isEqualTo(cost(
                "{ comparison(agreementId: \"A\") { rows { cells { verdict } } } }"));
    }

    private static int ceil(int value, int divisor) {
        return (value + divisor - 1) / divisor;
    }

    @Test
    void fragmentsCountWhereTheyAreSpreadAndCyclesEndTheWalk() {
        String spread = "{ claims(first: 100) { nodes { ...C } } } fragment C on Claim { quote { exact } source { title } }";
        assertThat(cost(spread)).isEqualTo(cost("{ claims(first: 100) { nodes { quote { exact } source { title } } } }"));
        String cyclic = "{ node(id: \"x\") { ...A } } fragment A on Node { ... on Claim { source { ...A } } }";
        assertThat(cost(cyclic)).isEqualTo(2);
    }

    @Test
    void anExtractionCostsLikeAMutationField() {
        String one = "{ extractClaims(agreementId: \"A\", text: \"t\") { nearMissCount } }";
        assertThat(cost(one)).isEqualTo(1 + 1 + 10);
        String listed = "{ extractClaims(agreementId: \"A\", text: \"t\") { suggestions { quote { exact } } nearMisses { reason } } }";
        // objects: 1 + 40 suggestions + 40 quotes + 100 near-misses = 181 -> 2 points
        assertThat(cost(listed)).isEqualTo(1 + 2 + 10);
        assertThat(cost("{ a: extractClaims(agreementId: \"A\", text: \"t\") { nearMissCount } b: extractClaims(agreementId: \"A\", text: \"t\") { nearMissCount } }"))
                .as("each extraction counts").isEqualTo(1 + 1 + 20);
    }

    @Test
    void mutationsCostTenAFieldAndNestedListsNeverOverflow() {
        assertThat(cost("mutation { a: confirmClaim(input: {id: \"1\"}) { claim { id } } "
                + "b: rejectClaim(input: {id: \"2\"}) { claim { id } } }")).isEqualTo(1 + 1 + 20);
        StringBuilder deep = new StringBuilder("{ agreements { ");
        for (int i = 0; i < 12; i++) {
            deep.append("comparison { rows { cells { ");
        }
        deep.append("verdict").append(" } } }".repeat(12)).append(" } }");
        assertThat(cost(deep.toString())).isPositive();
    }

    @Test
    void anExportCostsWhatTheComparisonItHoldsCosts() {
        int export = cost("{ comparisonExport(agreementId: \"A\", format: CSV) { mediaType fileName content } }");
        assertThat(export).isEqualTo(cost(QueryCost.EXPORT_CONTENT))
                .isEqualTo(QueryCost.export(OptionalInt.empty(), OptionalInt.empty(), MODEL));
        int fullComparison = cost("{ comparison(agreementId: \"A\") { sources { id title } rows { facet { key label }"
                + " consensus cells { source { id } verdict claims { quote { exact } value { display } } } } } }");
        assertThat(export).as("an export holds every field of a full comparison").isGreaterThanOrEqualTo(fullComparison);
        int narrow = cost("{ comparisonExport(agreementId: \"A\", facetKeys: [\"a\"], sourceIds: [\"s\", \"t\"],"
                + " format: JSON) { content } }");
        assertThat(narrow).isEqualTo(QueryCost.export(OptionalInt.of(1), OptionalInt.of(2), MODEL)).isLessThan(export);
    }

    private static int cost(String query) {
        return QueryCost.of(parse(query), operation(query), QueryCost.Variables.NONE, MODEL);
    }

    private static Document parse(String query) {
        return new Parser().parseDocument(query);
    }

    private static graphql.language.OperationDefinition operation(String query) {
        return OperationSelection.select(parse(query), null).orElseThrow();
    }

    private static QueryCost.Variables variables(Map<String, Integer> integers, Map<String, Integer> lists) {
        return new QueryCost.Variables() {
            @Override
            public OptionalInt integer(String name) {
                return integers.containsKey(name) ? OptionalInt.of(integers.get(name)) : OptionalInt.empty();
            }

            @Override
            public OptionalInt listSize(String name) {
                return lists.containsKey(name) ? OptionalInt.of(lists.get(name)) : OptionalInt.empty();
            }
        };
    }
}
