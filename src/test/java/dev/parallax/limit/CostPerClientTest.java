package dev.parallax.limit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.graphql.GlobalId;
import dev.parallax.graphql.NodeType;
import dev.parallax.testing.Documents;
import dev.parallax.testing.GraphQl;
import dev.parallax.testing.TestDatabase;
import dev.parallax.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Cost per client with the real service and small budgets: each request's cost is charged before it runs, the
 * headers count down, a spent budget answers 429 and runs nothing, tokens and addresses have budgets of their own,
 * concurrent requests and answer sizes are capped. Each test is its own client (a token subject, or an address
 * given in X-Forwarded-For, which this profile trusts as if behind a proxy).
 */
@QuarkusTest
@TestProfile(CostPerClientTest.SmallBudgets.class)
class CostPerClientTest {

    static final int ANONYMOUS_BUDGET = 60;
    static final int TOKEN_BUDGET = 500;

    /** Budgets a few requests spend; a proxy in front (so tests can be distinct anonymous clients). */
    public static class SmallBudgets implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("parallax.limits.anonymous.points-per-minute", String.valueOf(ANONYMOUS_BUDGET),
                    "parallax.limits.anonymous.max-concurrent", "2",
                    "parallax.limits.token.points-per-minute", String.valueOf(TOKEN_BUDGET),
                    "parallax.limits.token.max-concurrent", "2",
                    "parallax.limits.max-response-size", "160K",
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true");
        }
    }

    private static final String PAGE = Documents.load("limit/CostPerClientTest/Page");
    private static final String TEXTS = Documents.load("limit/CostPerClientTest/Texts");
    private static final String FULL_COMPARISON = Documents.load("limit/CostPerClientTest/FullComparison");
    private static final String REJECT_CLAIM = Documents.load("limit/CostPerClientTest/RejectClaim");

    @Test
    void theCostIsKnownBeforeRunningAndTheHeadersCountDown() {
        Supplier<RequestSpecification> client = () -> anonymousAt("203.0.113.1");
        long now = Instant.now().getEpochSecond();
        Response one = post(client, PAGE, Map.of("first", 1));
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.jsonPath().getList("data.claims.nodes")).hasSize(1);
        assertThat(one.header("X-RateLimit-Limit")).isEqualTo(String.valueOf(ANONYMOUS_BUDGET));
        assertThat(one.header("X-RateLimit-Resource")).isEqualTo("graphql");
        int costOfOne = Integer.parseInt(one.header("X-RateLimit-Cost"));
        assertThat(Integer.parseInt(one.header("X-RateLimit-Used"))).isEqualTo(costOfOne);
        assertThat(Integer.parseInt(one.header("X-RateLimit-Remaining"))).isEqualTo(ANONYMOUS_BUDGET - costOfOne);
        assertThat(Long.parseLong(one.header("X-RateLimit-Reset"))).isBetween(now, now + 62);

        Response hundred = post(client, PAGE, Map.of("first", 100));
        int costOfHundred = Integer.parseInt(hundred.header("X-RateLimit-Cost"));
        assertThat(costOfHundred).as("first: 100 costs more than first: 1").isGreaterThan(costOfOne);
        assertThat(Integer.parseInt(hundred.header("X-RateLimit-Remaining")))
                .isEqualTo(ANONYMOUS_BUDGET - costOfOne - costOfHundred);
        assertThat(hundred.header("X-RateLimit-Reset")).isEqualTo(one.header("X-RateLimit-Reset"));

        Response refusedText = post(client, "{ claims(first: 1) { nodes { id } } } }", Map.of());
        assertThat(refusedText.jsonPath().getString("errors[0].extensions.code")).isEqualTo("GRAPHQL_PARSE_FAILED");
        assertThat(refusedText.header("X-RateLimit-Remaining")).as("a document that cannot run costs nothing")
                .isEqualTo(hundred.header("X-RateLimit-Remaining"));
    }

    @Test
    void aQueryCostingMoreThanTheWholeBudgetIsRefusedWithoutRunning() {
        Supplier<RequestSpecification> client = () -> anonymousAt("203.0.113.2");
        Response refused = post(client, FULL_COMPARISON, Map.of("id", GraphQl.seedAgreementId()));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.jsonPath().getString("errors[0].extensions.code")).isEqualTo("QUERY_TOO_EXPENSIVE");
        assertThat(refused.jsonPath().getString("errors[0].message")).contains("points");
        assertThat(refused.jsonPath().getMap("data")).isNull();
        assertThat(refused.header("X-RateLimit-Used")).as("one point for judging it").isEqualTo("1");
    }

    @Test
    void aSpentBudgetAnswers429UntilTheWindowEnds() {
        Supplier<RequestSpecification> client = () -> anonymousAt("203.0.113.3");
        List<Response> answers = new ArrayList<>();
        Response last;
        do {
            last = post(client, PAGE, Map.of("first", 100));
            answers.add(last);
        } while (last.statusCode() == 200 && answers.size() < 100);
        int cost = Integer.parseInt(answers.get(0).header("X-RateLimit-Cost"));
        assertThat(answers).hasSize(ANONYMOUS_BUDGET / cost + 1);
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.jsonPath().getString("errors[0].extensions.code")).isEqualTo("RATE_LIMITED");
        assertThat(Integer.parseInt(last.header("Retry-After"))).isBetween(1, 60);
        assertThat(last.header("X-RateLimit-Remaining")).isEqualTo(String.valueOf(ANONYMOUS_BUDGET % cost));
        // Even the cheapest request waits now: the gate refuses a spent client before reading its query.
        Response cheap = post(client, "{ __typename }", Map.of());
        if (ANONYMOUS_BUDGET % cost == 0) {
            assertThat(cheap.statusCode()).isEqualTo(429);
            assertThat(cheap.header("Retry-After")).isNotNull();
        }
        // Another address is another client.
        assertThat(post(() -> anonymousAt("203.0.113.4"), PAGE, Map.of("first", 100)).statusCode()).isEqualTo(200);
    }

    @Test
    void tokenAndAnonymousClientsHaveBudgetsOfTheirOwn() {
        String address = "203.0.113.5";
        Response anonymous = post(() -> anonymousAt(address), PAGE, Map.of("first", 100));
        Response withToken = post(() -> anonymousAt(address).auth().oauth2(Tokens.valid("limits-reader")), PAGE, Map.of("first", 100));
        Response otherToken = post(() -> anonymousAt(address).auth().oauth2(Tokens.valid("limits-other")), PAGE, Map.of("first", 1));
        assertThat(anonymous.header("X-RateLimit-Limit")).isEqualTo(String.valueOf(ANONYMOUS_BUDGET));
        assertThat(withToken.header("X-RateLimit-Limit")).isEqualTo(String.valueOf(TOKEN_BUDGET));
        assertThat(withToken.header("X-RateLimit-Used")).isEqualTo(withToken.header("X-RateLimit-Cost"));
        assertThat(otherToken.header("X-RateLimit-Used")).isEqualTo(otherToken.header("X-RateLimit-Cost"));
        // A refused token is no token: its requests count against the address.
        Response forged = post(() -> anonymousAt(address).auth().oauth2(Tokens.wronglySigned("limits-reader")), PAGE, Map.of("first", 1));
        assertThat(forged.statusCode()).isEqualTo(200);
        assertThat(forged.header("X-RateLimit-Limit")).isEqualTo(String.valueOf(ANONYMOUS_BUDGET));
        assertThat(Integer.parseInt(forged.header("X-RateLimit-Used")))
                .isEqualTo(Integer.parseInt(anonymous.header("X-RateLimit-Cost")) + Integer.parseInt(forged.header("X-RateLimit-Cost")));
    }

    @Test
    void aMutationOverBudgetWritesNothing() throws SQLException {
        String token = Tokens.valid("limits-editor", "editor");
        Supplier<RequestSpecification> editor = () -> anonymousAt("203.0.113.6").auth().oauth2(token);
        long claim = firstClaim();
        String statusBefore = status(claim);
        long eventsBefore = events(claim);
        Response spent = post(editor, FULL_COMPARISON, Map.of("id", GraphQl.seedAgreementId()));
        int comparisonCost = Integer.parseInt(spent.header("X-RateLimit-Cost"));
        assertThat(comparisonCost).isLessThan(TOKEN_BUDGET).isGreaterThan(TOKEN_BUDGET / 2);

        String batch = "[" + operation(REJECT_CLAIM, Map.of("input", Map.of("claimId", GlobalId.of(NodeType.Claim, claim))))
                + "," + operation(FULL_COMPARISON, Map.of("id", GraphQl.seedAgreementId())) + "]";
        Response refused = editor.get().body(batch).when().post("/graphql");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.jsonPath().getString("errors[0].extensions.code")).isEqualTo("RATE_LIMITED");
        assertThat(refused.header("Retry-After")).isNotNull();
        assertThat(status(claim)).isEqualTo(statusBefore).isNotEqualTo("REJECTED");
        assertThat(events(claim)).isEqualTo(eventsBefore);
        assertThat(refused.header("X-RateLimit-Used")).as("a refused request costs nothing")
                .isEqualTo(String.valueOf(comparisonCost));
    }

    @Test
    void requestsBeyondTheConcurrencyLimitAreRefused() throws Exception {
        String token = Tokens.valid("limits-parallel");
        int requests = 12;
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<CompletableFuture<Response>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                answers.add(CompletableFuture.supplyAsync(() -> {
                    Supplier<RequestSpecification> client = () -> anonymousAt("203.0.113.7").auth().oauth2(token);
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return post(client, TEXTS, Map.of());
                }, pool));
            }
            start.countDown();
            List<Response> done = answers.stream().map(CompletableFuture::join).toList();
            List<Response> refused = done.stream().filter(r -> r.statusCode() == 429).toList();
            assertThat(refused).isNotEmpty();
            assertThat(refused).allSatisfy(r -> {
                assertThat(r.jsonPath().getString("errors[0].extensions.code")).isEqualTo("TOO_MANY_CONCURRENT_REQUESTS");
                assertThat(r.header("Retry-After")).isEqualTo("1");
            });
            assertThat(done.size() - refused.size()).as("served").isBetween(2, requests - 1);
        } finally {
            pool.shutdownNow();
        }
        // Every slot was given back.
        Supplier<RequestSpecification> client = () -> anonymousAt("203.0.113.7").auth().oauth2(token);
        assertThat(post(client, PAGE, Map.of("first", 1)).statusCode()).isEqualTo(200);
        assertThat(post(client, PAGE, Map.of("first", 1)).statusCode()).isEqualTo(200);
    }

    @Test
    void anOversizedAnswerIsReplacedByACodedError() {
        Response big = post(() -> anonymousAt("203.0.113.8").auth().oauth2(Tokens.valid("limits-big")), TEXTS, Map.of());
        assertThat(big.statusCode()).isEqualTo(200);
        assertThat(big.jsonPath().getString("errors[0].extensions.code")).isEqualTo("RESPONSE_TOO_LARGE");
        assertThat(big.jsonPath().getMap("data")).isNull();
        assertThat(big.asByteArray().length).isLessThan(1024);
        assertThat(big.header("X-RateLimit-Remaining")).isNotNull();
    }

    private static RequestSpecification anonymousAt(String address) {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON).header("X-Forwarded-For", address);
    }

    private static Response post(Supplier<RequestSpecification> client, String query, Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        return client.get().body(body).when().post("/graphql");
    }

    private static String operation(String query, Map<String, Object> variables) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(Map.of("query", query, "variables", variables));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long firstClaim() throws SQLException {
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(
                "select id from claim where status <> 'REJECTED' order by id limit 1"); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String status(long claim) throws SQLException {
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement("select status from claim where id = ?")) {
            s.setLong(1, claim);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static long events(long claim) throws SQLException {
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(
                "select count(*) from claim_event where claim_id = ?")) {
            s.setLong(1, claim);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
