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
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A full comparison with nested sources and claims costs a constant number of SQL statements (at
 * most 4), counted by the server itself (pg_stat_statements), whatever the number of sources.
 */
@QuarkusTest
class ComparisonStatementCountTest {

    static final String FULL = Documents.load("comparison/ComparisonStatementCountTest/FullComparison");

    @Test
    void seedCorpusComparisonCostsAtMostFourStatements() throws Exception {
        String id = GraphQl.seedAgreementId();
        long statements = countFor(id, 5);
        assertThat(statements).as(StatementCounter.describe()).isBetween(1L, 4L);
    }

    @Test
    void fiftySourceComparisonCostsTheSameFourStatements() throws Exception {
        long bulk = BulkCorpus.ensure("bulk-50", 50);
        long statements = countFor(GlobalId.of(NodeType.Agreement, bulk), 50);
        assertThat(statements).as(StatementCounter.describe()).isBetween(1L, 4L);
    }

    @Test
    void nestedComparisonOfEveryAgreementIsBatched() throws Exception {
        BulkCorpus.ensure("bulk-50", 50);
        StatementCounter.reset();
        JsonPath json = GraphQl.post(Documents.load("comparison/ComparisonStatementCountTest/EveryAgreementsComparison"))
                .statusCode(200).extract().jsonPath();
        long statements = StatementCounter.count();
        assertThat(json.getList("errors")).isNull();
        assertThat(json.getList("data.agreements")).hasSizeGreaterThanOrEqualTo(2);
        // one for the agreements, at most four for all their comparisons together
        assertThat(statements).as(StatementCounter.describe()).isBetween(2L, 5L);
    }

    @Test
    void aComparisonLoadsTheArticlesTextsOnlyWhenItShowsThem() throws Exception {
        String id = GraphQl.seedAgreementId();
        countFor(id, 5);
        assertThat(StatementCounter.describe()).contains(", text from source");

        StatementCounter.reset();
        JsonPath json = GraphQl.post(Documents.load("comparison/ComparisonStatementCountTest/ComparisonWithoutTexts"),
                Map.of("id", id)).statusCode(200).extract().jsonPath();
        assertThat(json.getList("errors")).isNull();
        assertThat(json.getList("data.comparison.sources")).hasSize(5);
        assertThat(StatementCounter.describe()).contains("from source").doesNotContain(", text from source");

        StatementCounter.reset();
        json = GraphQl.post(Documents.load("comparison/ComparisonStatementCountTest/EveryAgreementsComparison"))
                .statusCode(200).extract().jsonPath();
        assertThat(json.getList("errors")).isNull();
        assertThat(StatementCounter.describe()).contains("from source").doesNotContain(", text from source");
    }

    private static long countFor(String agreementId, int sources) throws Exception {
        StatementCounter.reset();
        JsonPath json = GraphQl.post(FULL, Map.of("id", agreementId)).statusCode(200).extract().jsonPath();
        long statements = StatementCounter.count();
        assertThat(json.getList("errors")).isNull();
        assertThat(json.getList("data.comparison.sources")).hasSize(sources);
        assertThat(json.getList("data.comparison.rows[0].cells")).hasSize(sources);
        return statements;
    }
}
