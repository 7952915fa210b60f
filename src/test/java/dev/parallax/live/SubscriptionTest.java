package dev.parallax.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.graphql.GlobalId;
import dev.parallax.graphql.NodeType;
import dev.parallax.testing.BulkCorpus;
import dev.parallax.testing.Documents;
import dev.parallax.testing.GraphQl;
import dev.parallax.testing.NodeScripts;
import dev.parallax.testing.SeedArticles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Subscriptions over graphql-transport-ws, received by a peer's client (graphql-ws on Node, pinned in
 * src/test/audit): a write through the API reaches the subscriber within a second; a write that fails
 * notifies nobody; the request limits and the Origin rule hold on the WebSocket as on HTTP.
 */
@QuarkusTest
class SubscriptionTest {

    static final String COMPARISON_CHANGED = Documents.load("live/SubscriptionTest/ComparisonChanged");
    static final String CLAIM_CHANGED = Documents.load("live/SubscriptionTest/ClaimChanged");
    static final String ADD_SOURCE = Documents.load("live/SubscriptionTest/AddSource");
    static final String CONFIRM = Documents.load("live/SubscriptionTest/ConfirmClaim");
    static final Duration SECOND = Duration.ofSeconds(1);

    static String url() {
        return "ws://localhost:" + RestAssured.port + "/graphql";
    }

    /** A subscriber that is connected and whose subscribe message the server has had time to take. */
    static NodeScripts.Running subscribe(String document, String agreementId, int results, String... origin) throws Exception {
        String[] args = origin.length == 0
                ? new String[] {url(), document, "{\"agreementId\":\"" + agreementId + "\"}", String.valueOf(results), "20000"}
                : new String[] {url(), document, "{\"agreementId\":\"" + agreementId + "\"}", String.valueOf(results), "20000", origin[0]};
        NodeScripts.Running running = NodeScripts.start("subscribe.mjs", args);
        assertThat(running.await("CONNECTED", Duration.ofSeconds(20))).as("graphql-ws connected").isNotNull();
        Thread.sleep(300);
        return running;
    }

    static JsonPath addSource(String agreementId, String suffix) {
        return GraphQl.post(ADD_SOURCE, Map.of("input", Map.of("agreementId", agreementId,
                "text", SeedArticles.text(SeedArticles.S003) + "\n\n" + suffix))).statusCode(200).extract().jsonPath();
    }

    @Test
    void anAddedSourceReachesAComparisonSubscriberWithinASecond() throws Exception {
        String agreement = GlobalId.of(NodeType.Agreement, BulkCorpus.ensure("live-add", 2));
        try (NodeScripts.Running subscriber = subscribe(COMPARISON_CHANGED, agreement, 1)) {
            JsonPath added = addSource(agreement, "Live update one.");
            long written = System.nanoTime();
            String next = subscriber.await("NEXT ", Duration.ofSeconds(5));
            Duration took = Duration.ofNanos(System.nanoTime() - written);
            assertThat(next).as("comparisonChanged").isNotNull();
            JsonPath event = JsonPath.from(next.substring(5));
            assertThat(event.getString("data.comparisonChanged.kind")).isEqualTo("SOURCE_ADDED");
            assertThat(event.getString("data.comparisonChanged.agreementId")).isEqualTo(agreement);
            assertThat(event.getString("data.comparisonChanged.sourceId")).isEqualTo(added.getString("data.addSource.source.id"));
            assertThat(event.getList("data.comparisonChanged.facetIds", String.class))
                    .containsExactlyInAnyOrderElementsOf(added.getList("data.addSource.claims.facet.id", String.class)
                            .stream().distinct().toList());
            assertThat(took).isLessThan(SECOND);
        }
    }

    @Test
    void aConfirmReachesAClaimSubscriberWithinASecondAndAFailedOneNotifiesNobody() throws Exception {
        String agreement = GlobalId.of(NodeType.Agreement, BulkCorpus.ensure("live-confirm", 2));
        JsonPath added = addSource(agreement, "Live update two.");
        List<String> suggested = added.getList("data.addSource.claims.findAll { it.status == 'SUGGESTED' }.id", String.class);
        assertThat(suggested).isNotEmpty();
        try (NodeScripts.Running subscriber = subscribe(CLAIM_CHANGED, agreement, 1)) {
            // Confirming a claim that is not SUGGESTED fails and is rolled back: its notice must never arrive.
            String curated = GraphQl.post(Documents.load("live/SubscriptionTest/CuratedClaim"), Map.of("agreementId", agreement))
                    .extract().jsonPath().getString("data.claims.nodes[0].id");
            JsonPath refused = GraphQl.post(CONFIRM, Map.of("input", Map.of("claimId", curated))).extract().jsonPath();
            assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");

            GraphQl.post(CONFIRM, Map.of("input", Map.of("claimId", suggested.get(0)))).statusCode(200);
            long written = System.nanoTime();
            String next = subscriber.await("NEXT ", Duration.ofSeconds(5));
            Duration took = Duration.ofNanos(System.nanoTime() - written);
            assertThat(next).as("claimChanged").isNotNull();
            JsonPath event = JsonPath.from(next.substring(5));
            assertThat(event.getString("data.claimChanged.claimId")).isEqualTo(suggested.get(0));
            assertThat(event.getString("data.claimChanged.action")).isEqualTo("CONFIRMED");
            assertThat(took).isLessThan(SECOND);
        }
    }

    @Test
    void aSubscriptionOverTheLimitsIsRefusedWithItsCode() throws Exception {
        String agreement = GlobalId.of(NodeType.Agreement, BulkCorpus.ensure("live-add", 2));
        StringBuilder aliases = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            aliases.append(" k").append(i).append(": kind");
        }
        String tooMany = "subscription($agreementId: ID!) { comparisonChanged(agreementId: $agreementId) {" + aliases + " } }";
        try (NodeScripts.Running subscriber = subscribe(tooMany, agreement, 1)) {
            String error = subscriber.await("ERROR ", Duration.ofSeconds(5));
            assertThat(error).contains("TOO_MANY_ALIASES");
        }
        try (NodeScripts.Running subscriber = subscribe("query($agreementId: ID!) { node(id: $agreementId) { id } }", agreement, 1)) {
            assertThat(subscriber.await("ERROR ", Duration.ofSeconds(5))).contains("METHOD_NOT_ALLOWED");
        }
    }

    @Test
    void aWebSocketFromAForeignOriginIsRefusedAndOneFromThisOriginIsTaken() throws Exception {
        String agreement = GlobalId.of(NodeType.Agreement, BulkCorpus.ensure("live-add", 2));
        try (NodeScripts.Running foreign = NodeScripts.start("subscribe.mjs", url(), COMPARISON_CHANGED,
                "{\"agreementId\":\"" + agreement + "\"}", "1", "5000", "https://evil.example")) {
            foreign.process().waitFor();
            List<String> lines = new java.util.ArrayList<>();
            foreign.lines().drainTo(lines);
            assertThat(lines).noneMatch(l -> l.startsWith("CONNECTED")).anyMatch(l -> l.startsWith("CLOSED") || l.startsWith("ERROR"));
        }
        try (NodeScripts.Running same = subscribe(COMPARISON_CHANGED, agreement, 1, "http://localhost:" + RestAssured.port)) {
            assertThat(same.process().isAlive()).isTrue();
        }
    }
}
