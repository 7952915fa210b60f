package dev.parallax.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.graphql.GlobalId;
import dev.parallax.graphql.NodeType;
import dev.parallax.testing.BulkCorpus;
import dev.parallax.testing.Documents;
import dev.parallax.testing.GraphQl;
import dev.parallax.testing.TestDatabase;
import dev.parallax.testing.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Stops PostgreSQL under a load of reads and writes and starts it again: during the outage every request
 * fails fast with UNAVAILABLE and readiness is DOWN; afterwards the service recovers by itself, and every
 * acknowledged write is in the database. The server is stopped as an operator would stop it (pg_ctl, fast
 * mode: sessions are ended, committed work is checkpointed); a crash (immediate mode) is not simulated.
 */
@QuarkusTest
class DatabaseOutageTest {

    static final String ADD = Documents.load("db/DatabaseOutageTest/AddSource");
    static final String LIST = Documents.load("db/DatabaseOutageTest/AgreementIds");
    static final String NODE = Documents.load("db/DatabaseOutageTest/AgreementNode");

    /** Far below the request time limit (10 s): an outage must be reported, not waited out. */
    static final Duration FAST = Duration.ofSeconds(5);
    /** Longer than the limit plus the HTTP backstop, so that a hang is measured rather than cut short by the client. */
    static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(15);
    static final Duration OUTAGE = Duration.ofSeconds(4);
    static final Duration RECOVERY_LIMIT = Duration.ofSeconds(30);

    @TestHTTPResource("/graphql")
    URI graphql;

    @TestHTTPResource("/q/health/ready")
    URI ready;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    final String token = Tokens.valid(GraphQl.TESTER, "editor", "admin");

    /** One request of the load and what came back. */
    record Sample(boolean write, String text, long start, long end, int status, boolean clientTimeout,
            boolean hasData, List<String> codes, List<String> messages, String sourceId) {

        Duration latency() {
            return Duration.ofNanos(end - start);
        }

        boolean ok() {
            return status == 200 && hasData && codes.isEmpty() && !clientTimeout;
        }

        boolean unavailable() {
            return status == 200 && !codes.isEmpty() && codes.stream().allMatch("UNAVAILABLE"::equals);
        }

        @Override
        public String toString() {
            return (write ? "write" : "read") + " " + latency().toMillis() + " ms, HTTP " + status
                    + (clientTimeout ? " (client timeout)" : "") + " codes " + codes + " " + messages;
        }
    }

    @Test
    void survivesARestartOfTheDatabaseUnderLoad() throws Exception {
        long agreementDbId = BulkCorpus.ensure("outage", 0);
        String agreement = GlobalId.of(NodeType.Agreement, agreementDbId);
        assertThat(health()).as("readiness before the outage").isEqualTo(200);

        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            boolean writer = i % 2 == 0;
            int client = i;
            Thread thread = new Thread(() -> {
                for (int n = 0; running.get(); n++) {
                    samples.add(writer ? write(agreement, "Client " + client + " article " + n + " (" + System.nanoTime()
                            + "): the ceasefire takes effect at midnight, officials said.") : read(agreement, n));
                    pause(20);
                }
            }, "outage-load-" + i);
            thread.setDaemon(true);
            thread.start();
            clients.add(thread);
        }

        long stopped = 0;
        long restarting = 0;
        long restarted = 0;
        long recovered = -1;
        List<Integer> healthDuringOutage = new ArrayList<>();
        try {
            // Warm-up: the load must be succeeding before the outage, or the test proves nothing.
            awaitUntil(Duration.ofSeconds(20), () -> count(samples, s -> s.write && s.ok()) >= 5
                    && count(samples, s -> !s.write && s.ok()) >= 5);
            try {
                long stopping = System.nanoTime();
                TestDatabase.stopServer();
                stopped = System.nanoTime();
                System.out.printf("outage: pg_ctl stop took %d ms%n", (stopped - stopping) / 1_000_000);
                while (System.nanoTime() - stopped < OUTAGE.toNanos()) {
                    healthDuringOutage.add(health());
                    pause(500);
                }
            } finally {
                // Whatever happened, the database comes back for the test classes that run after this one.
                restarting = System.nanoTime();
                TestDatabase.startServer();
                restarted = System.nanoTime();
            }
            long since = restarted;
            long deadline = restarted + RECOVERY_LIMIT.toNanos();
            while (System.nanoTime() < deadline) {
                if (health() == 200 && count(samples, s -> s.start > since && s.write && s.ok()) > 0
                        && count(samples, s -> s.start > since && !s.write && s.ok()) > 0) {
                    recovered = System.nanoTime();
                    break;
                }
                pause(100);
            }
            if (recovered > 0) {
                pause(2000); // the load goes on: it must keep succeeding
            }
        } finally {
            running.set(false);
            for (Thread client : clients) {
                client.join(CLIENT_TIMEOUT.toMillis() + 5000);
            }
        }
        long finished = System.nanoTime();
        List<Sample> all = List.copyOf(samples);

        long stoppedAt = stopped;
        long restartingAt = restarting;
        long restartedAt = restarted;
        long recoveredAt = recovered;
        List<Sample> before = all.stream().filter(s -> s.end < stoppedAt).toList();
        List<Sample> outage = all.stream().filter(s -> s.start >= stoppedAt && s.end <= restartingAt).toList();
        List<Sample> after = all.stream().filter(s -> recoveredAt > 0 && s.start >= recoveredAt).toList();
        String summary = summary(all, outage, stoppedAt, restartingAt, restartedAt, recoveredAt, finished);
        System.out.println(summary);

        // Every response, whatever the phase: in time, with a code on each error, no 5xx, nothing internal leaked.
        assertThat(all).as(summary).allSatisfy(s -> {
            assertThat(s.clientTimeout).as("client timeout: %s", s).isFalse();
            assertThat(s.latency()).as("latency: %s", s).isLessThan(FAST);
            assertThat(s.status).as("status: %s", s).isEqualTo(200);
            assertThat(s.codes).as("codes: %s", s).doesNotContain("").allMatch("UNAVAILABLE"::equals);
            assertThat(s.messages).as("messages: %s", s)
                    .noneMatch(m -> m.contains("Exception") || m.contains("\tat ") || m.matches("(?s).*\\b(io|org|java|jakarta)\\.[a-z]+\\..*"));
        });

        // During the outage: UNAVAILABLE for reads and writes alike, readiness DOWN.
        assertThat(outage).as(summary).isNotEmpty()
                .anyMatch(s -> s.write).anyMatch(s -> !s.write)
                .allSatisfy(s -> assertThat(s.unavailable()).as("during the outage: %s", s).isTrue());
        assertThat(healthDuringOutage).as("readiness during the outage").isNotEmpty().containsOnly(503);

        // Afterwards: back by itself within the bound, and staying back.
        assertThat(recovered).as("recovered within %s of the restart; %s", RECOVERY_LIMIT, summary).isPositive();
        assertThat(after).as(summary).isNotEmpty().anyMatch(s -> s.write)
                .allSatisfy(s -> assertThat(s.ok()).as("after recovery: %s", s).isTrue());
        assertThat(health()).as("readiness after recovery").isEqualTo(200);

        // Every acknowledged write is there.
        List<Sample> writes = all.stream().filter(s -> s.write).toList();
        Set<Long> acknowledged = writes.stream().filter(s -> s.sourceId != null)
                .map(s -> GlobalId.decode(s.sourceId, NodeType.Source)).collect(Collectors.toSet());
        Set<String> acknowledgedTexts = writes.stream().filter(s -> s.sourceId != null).map(s -> s.text)
                .collect(Collectors.toSet());
        Set<String> failedTexts = writes.stream().filter(s -> s.sourceId == null).map(s -> s.text)
                .collect(Collectors.toSet());
        Set<Long> present = new HashSet<>();
        Set<String> presentTexts = new HashSet<>();
        try (Connection c = TestDatabase.connect()) {
            try (PreparedStatement s = c.prepareStatement("select id from source where id = any(?)")) {
                Array ids = c.createArrayOf("bigint", acknowledged.toArray());
                s.setArray(1, ids);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        present.add(rs.getLong(1));
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("select text from source where agreement_id = ?")) {
                s.setLong(1, agreementDbId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        presentTexts.add(rs.getString(1));
                    }
                }
            }
        }
        long failedButWritten = failedTexts.stream().filter(presentTexts::contains).count();
        String counts = String.format("writes %d: acknowledged %d, present %d; failed %d (of which written anyway %d);"
                + " rows in the agreement %d", writes.size(), acknowledged.size(), present.size(), failedTexts.size(),
                failedButWritten, presentTexts.size());
        System.out.println("outage: " + counts);
        assertThat(acknowledged).as(counts).hasSize(acknowledgedTexts.size());
        assertThat(present).as(counts).isEqualTo(acknowledged);
        assertThat(presentTexts).as(counts).containsAll(acknowledgedTexts);
        assertThat(before.stream().filter(s -> s.write && s.ok())).as("acknowledged before the outage; " + counts).isNotEmpty();
        assertThat(after.stream().filter(s -> s.write && s.ok())).as("acknowledged after the outage; " + counts).isNotEmpty();
        assertThat(failedTexts).as("writes refused during the outage; " + counts).isNotEmpty();
    }

    private Sample write(String agreement, String text) {
        JsonObject body = Json.createObjectBuilder().add("query", ADD)
                .add("variables", Json.createObjectBuilder().add("input", Json.createObjectBuilder()
                        .add("agreementId", agreement).add("text", text).add("title", "Outage test")))
                .build();
        return send(true, text, body);
    }

    private Sample read(String agreement, int n) {
        JsonObject body = n % 2 == 0
                ? Json.createObjectBuilder().add("query", LIST).build()
                : Json.createObjectBuilder().add("query", NODE)
                        .add("variables", Json.createObjectBuilder().add("id", agreement)).build();
        return send(false, null, body);
    }

    private Sample send(boolean write, String text, JsonObject body) {
        HttpRequest request = HttpRequest.newBuilder(graphql).timeout(CLIENT_TIMEOUT)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        long start = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.net.http.HttpTimeoutException e) {
            return new Sample(write, text, start, System.nanoTime(), 0, true, false, List.of(), List.of(), null);
        } catch (Exception e) {
            return new Sample(write, text, start, System.nanoTime(), 0, false, false, List.of("CLIENT_ERROR"),
                    List.of(String.valueOf(e)), null);
        }
        long end = System.nanoTime();
        JsonObject json;
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            json = reader.readObject();
        } catch (RuntimeException e) {
            return new Sample(write, text, start, end, response.statusCode(), false, false, List.of("NOT_JSON"),
                    List.of(response.body()), null);
        }
        List<String> codes = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        if (json.containsKey("errors")) {
            for (JsonValue error : json.getJsonArray("errors")) {
                JsonObject e = error.asJsonObject();
                JsonObject extensions = e.containsKey("extensions") ? e.getJsonObject("extensions") : JsonValue.EMPTY_JSON_OBJECT;
                codes.add(extensions.containsKey("code") ? extensions.getString("code") : "");
                messages.add(e.getString("message", ""));
            }
        }
        boolean hasData = json.containsKey("data") && json.get("data").getValueType() == JsonValue.ValueType.OBJECT;
        String sourceId = null;
        if (write && hasData && json.getJsonObject("data").get("addSource") instanceof JsonObject payload) {
            sourceId = payload.getJsonObject("source").getString("id");
        }
        return new Sample(write, text, start, end, response.statusCode(), false, hasData, codes, messages, sourceId);
    }

    /** The status of {@code GET /q/health/ready}, after checking that its body agrees (UP with 200, DOWN with 503). */
    private int health() {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(ready).timeout(CLIENT_TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            String status;
            try (var reader = Json.createReader(new StringReader(response.body()))) {
                status = reader.readObject().getString("status");
            }
            assertThat(status).as("readiness body %s", response.body())
                    .isEqualTo(response.statusCode() == 200 ? "UP" : "DOWN");
            return response.statusCode();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String summary(List<Sample> all, List<Sample> outage, long stopped, long restarting, long restarted,
            long recovered, long finished) {
        Map<String, Long> byOutcome = new HashMap<>();
        outage.forEach(s -> byOutcome.merge((s.write ? "write " : "read ") + (s.ok() ? "OK" : s.codes), 1L, Long::sum));
        long maxOutage = outage.stream().mapToLong(s -> s.latency().toMillis()).max().orElse(-1);
        double meanOutage = outage.stream().mapToLong(s -> s.latency().toMillis()).average().orElse(-1);
        String slowest = all.stream().sorted((a, b) -> Long.compare(b.end - b.start, a.end - a.start)).limit(3)
                .map(s -> s + " at " + (s.start - stopped) / 1_000_000 + " ms from the stop").collect(Collectors.joining("; "));
        return String.format("%d requests; outage %d ms: %d requests %s, latency mean %.1f ms, max %d ms;"
                + " slowest overall: %s; recovered %s after the restart (server start took %d ms); load ran %d ms more",
                all.size(), (restarting - stopped) / 1_000_000, outage.size(), byOutcome, meanOutage, maxOutage, slowest,
                recovered > 0 ? (recovered - restarted) / 1_000_000 + " ms" : "NOT", (restarted - restarting) / 1_000_000,
                recovered > 0 ? (finished - recovered) / 1_000_000 : 0);
    }

    private static long count(ConcurrentLinkedQueue<Sample> samples, Predicate<Sample> which) {
        return samples.stream().filter(which).count();
    }

    private static void awaitUntil(Duration limit, java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited %s", limit).isLessThan(deadline);
            pause(50);
        }
    }

    private static void pause(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
