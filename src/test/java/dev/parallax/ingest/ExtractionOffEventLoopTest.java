package dev.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.graphql.GlobalId;
import dev.parallax.graphql.NodeType;
import dev.parallax.testing.BulkCorpus;
import dev.parallax.testing.Documents;
import dev.parallax.testing.GraphQl;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.core.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code addSource} extracts on a worker thread: a long article must never hold the event loop. */
@QuarkusTest
class ExtractionOffEventLoopTest {

    private static final String ADD = Documents.load("source/AddSourceTest/AddSource");

    @AfterEach
    void unwatch() {
        Suggestions.onExtract = () -> {
        };
    }

    @Test
    void addSourceExtractsOffTheEventLoop() throws Exception {
        List<String> threads = new ArrayList<>();
        List<Boolean> onEventLoop = new ArrayList<>();
        Suggestions.onExtract = () -> {
            synchronized (threads) {
                threads.add(Thread.currentThread().getName());
                onEventLoop.add(Context.isOnEventLoopThread());
            }
        };
        String agreement = GlobalId.of(NodeType.Agreement, BulkCorpus.ensure("ingest-off-loop", 0));
        JsonPath answer = GraphQl.post(ADD, Map.of("input", Map.of("agreementId", agreement,
                "text", "The truce takes effect at midnight, officials said, " + System.nanoTime() + ".")))
                .statusCode(200).extract().jsonPath();

        assertThat(answer.getList("errors")).isNull();
        assertThat(answer.getBoolean("data.addSource.created")).isTrue();
        synchronized (threads) {
            assertThat(threads).hasSize(1);
            assertThat(onEventLoop).as("extracted on %s", threads).containsOnly(false);
        }
    }
}
