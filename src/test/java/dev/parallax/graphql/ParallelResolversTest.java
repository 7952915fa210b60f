package dev.parallax.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.testing.Documents;
import dev.parallax.testing.GraphQl;
import dev.parallax.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Several root fields plus nested batched fields in one request: graphql-java resolves them
 * concurrently, and each must use a Hibernate Reactive session of its own (quarkus#32870).
 */
@QuarkusTest
class ParallelResolversTest {

    static final String QUERY = Documents.load("graphql/ParallelResolversTest/EverythingAtOnce");

    @Test
    void concurrentRootFieldsAndBatchesAllSucceedWithCorrectData() throws Exception {
        long seedClaims;
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from claim cl join source so on so.id = cl.source_id"
                        + " join agreement a on a.id = so.agreement_id where a.slug = 'idlib-2020'")) {
            rs.next();
            seedClaims = rs.getLong(1);
        }
        for (int round = 0; round < 15; round++) {
            JsonPath json = GraphQl.post(QUERY).statusCode(200).extract().jsonPath();
            assertThat(json.getList("errors")).as("round %d", round).isNull();
            assertThat(json.getList("data.a.comparison")).doesNotContainNull();
            assertThat(json.getList("data.s.nodes")).hasSize(5);
            int nestedClaims = json.getList("data.s.nodes.claims", List.class).stream().mapToInt(List::size).sum();
            assertThat((long) nestedClaims).isEqualTo(seedClaims);
            assertThat(json.getList("data.c.nodes.facet.key")).doesNotContainNull();
            assertThat(json.getList("data.s.nodes.claims.flatten().facet.key")).doesNotContainNull();
        }
    }
}
