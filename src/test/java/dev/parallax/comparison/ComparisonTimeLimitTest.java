package dev.parallax.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.graphql.GlobalId;
import dev.parallax.graphql.NodeType;
import dev.parallax.testing.BulkCorpus;
import dev.parallax.testing.Documents;
import dev.parallax.testing.GraphQl;
import dev.parallax.testing.RawHttp;
import dev.parallax.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The request time limit (10 s) also ends a comparison whose resolver has answered but whose completion by
 * graphql-java runs long: on a 120-source copy of the seed agreement each cell's explanation is slowed down by 8 ms
 * ({@link CellFetchProbe}) so that completing its 2,880 cells would take about 23 s. The answer is the TIMEOUT error of a
 * resolver past the limit (HTTP 200, no data), not the HTTP backstop's 503, and the completion stops there: no cell
 * is fetched after the answer.
 */
@QuarkusTest
class ComparisonTimeLimitTest {

    static final Duration LIMIT = Duration.ofSeconds(10);
    /** Time for the answer to travel on a busy machine; the HTTP backstop (503) is told apart by the status. */
    static final Duration MARGIN = Duration.ofMillis(2500);
    static final String COMPARISON = Documents.load("comparison/ComparisonTimeLimitTest/Comparison");
    static final int SOURCES = 120;
    static final String TOKEN = Tokens.valid(GraphQl.TESTER, "editor", "admin");

    @Test
    void aLongCompletionEndsAtTheTimeLimitWithTimeout() throws Exception {
        String id = GlobalId.of(NodeType.Agreement, BulkCorpus.ensure("comparison-time-limit", SOURCES));
        CellFetchProbe.reset();
        CellFetchProbe.delayMillis = 8;
        RawHttp.Reply reply;
        long millis;
        int fetchedAtAnswer;
        try {
            long start = System.nanoTime();
            reply = RawHttp.postJson(Map.of("query", COMPARISON, "variables", Map.of("id", id)),
                    Map.of("Authorization", "Bearer " + TOKEN, "Accept", "application/json"));
            millis = (System.nanoTime() - start) / 1_000_000;
            fetchedAtAnswer = CellFetchProbe.fetches();
            Thread.sleep(1000);
        } finally {
            CellFetchProbe.delayMillis = 0;
        }
        int fetchedLater = CellFetchProbe.fetches();
        System.out.printf("comparison of %d sources with slowed cells: HTTP %d after %d ms, %d cells fetched: %s%n",
                SOURCES, reply.status(), millis, fetchedAtAnswer, reply.body());

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode errors = reply.json().get("errors");
        assertThat(errors).as(reply.body()).isNotNull();
        assertThat(errors.size()).isEqualTo(1);
        assertThat(errors.get(0).at("/extensions/code").asText()).isEqualTo("TIMEOUT");
        assertThat(errors.get(0).get("message").asText()).isEqualTo("The request took longer than 10 s and was cancelled.");
        assertThat(errors.get(0).at("/path/0").asText()).isEqualTo("comparison");
        assertThat(reply.json().get("data").isNull()).as(reply.body()).isTrue();
        assertThat(millis).as("answered at the limit").isBetween(LIMIT.toMillis() - 500, LIMIT.plus(MARGIN).toMillis());
        assertThat(fetchedAtAnswer).as("cells fetched before the limit").isPositive().isLessThan(24 * SOURCES);
        assertThat(fetchedLater).as("cells fetched after the answer").isEqualTo(fetchedAtAnswer);

        // Nothing is left over: the same comparison answers in full once the cells are fast again.
        JsonNode whole = RawHttp.postJson(Map.of("query", COMPARISON, "variables", Map.of("id", id)),
                Map.of("Authorization", "Bearer " + TOKEN, "Accept", "application/json")).json();
        assertThat(whole.get("errors")).as(whole.toString()).isNull();
        assertThat(whole.at("/data/comparison/sources").size()).isEqualTo(SOURCES);
    }
}
