package dev.parallax.observe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.testing.CapturedLog;
import dev.parallax.testing.Documents;
import dev.parallax.testing.FailingCheck;
import dev.parallax.testing.GraphQl;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What an operator sees: metrics by operation and outcome on the management port, request ids, trace ids in the
 * access log, health without details on the public port, security headers on every page, and silent connections
 * closed.
 */
@QuarkusTest
@TestProfile(ObservabilityTest.Observed.class)
class ObservabilityTest {

    /** The access log on, and a short idle timeout to wait for. */
    public static class Observed implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.access-log.enabled", "true", "quarkus.http.idle-timeout", "2s");
        }
    }

    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(2);
    static final String STRICT = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    static final String SLUGS = Documents.load("observe/ObservabilityTest/AgreementSlugs");
    static final String ADD = Documents.load("observe/ObservabilityTest/AddSource");

    @TestHTTPResource("/")
    URI main;

    @TestHTTPResource(value = "/", management = true)
    URI management;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    CapturedLog accessLog;

    @BeforeEach
    void captureAccessLog() {
        accessLog = new CapturedLog("io.quarkus.http.access-log");
    }

    @AfterEach
    void stopCapturing() {
        accessLog.close();
        FailingCheck.down(false);
    }

    @Test
    void requestsAreCountedByOperationAndOutcome() {
        double before = counter(metrics(), "AgreementSlugs", "OK");
        GraphQl.post(SLUGS).statusCode(200);
        GraphQl.post(SLUGS).statusCode(200);
        post("{\"query\": \"query Broken { agreements {\", \"operationName\": \"Broken\"}", Map.of());
        post("{\"query\": \"{ agreements { slug } }\"}", Map.of());
        post("{\"query\": \"query Bad { claims(first: -1) { totalCount } }\"}", Map.of());

        String metrics = metrics();
        assertThat(counter(metrics, "AgreementSlugs", "OK") - before).isEqualTo(2.0);
        assertThat(counter(metrics, "Broken", "GRAPHQL_PARSE_FAILED")).isGreaterThanOrEqualTo(1.0);
        assertThat(counter(metrics, "anonymous", "OK")).isGreaterThanOrEqualTo(1.0);
        assertThat(metrics).containsPattern("parallax_graphql_requests_total\\{operation=\"Bad\",outcome=\"[A-Z_]+\"}");
        assertThat(metrics).doesNotContain("operation=\"Bad\",outcome=\"OK\"");
        assertThat(metrics).contains("parallax_graphql_request_duration_seconds_bucket{operation=\"AgreementSlugs\",le=\"0.1\"}");
        assertThat(metrics).contains("parallax_graphql_request_duration_seconds_count{operation=\"AgreementSlugs\"}");
    }

    @Test
    void extractionTimeAndThePoolsAreMeasured() {
        String agreement = GraphQl.seedAgreementId();
        GraphQl.post(ADD, Map.of("input", Map.of("agreementId", agreement,
                "text", "Officials said the ceasefire began on 5 March 2020. Observed " + UUID.randomUUID())))
                .statusCode(200);
        String metrics = metrics();
        assertThat(metrics).containsPattern("parallax_extraction_duration_seconds_count\\{outcome=\"ok\"} [1-9]");
        assertThat(metrics).containsPattern("parallax_extraction_duration_seconds_bucket\\{outcome=\"ok\",le=\"1.0\"}");
        assertThat(metrics).contains("parallax_graphql_requests_total{operation=\"AddSource\",outcome=\"OK\"}");
        // The reactive pool (connections in use, waiting requests) and the JDBC pool Flyway uses.
        assertThat(metrics).contains("sql_pool_active{pool_name=").contains("sql_pool_queue_size{pool_name=")
                .contains("postgresql_queue_size{clientName=\"<default>\"");
        assertThat(metrics).contains("agroal_active_count{");
    }

    @Test
    void aRequestIdIsEchoedWhenSaneAndGeneratedOtherwise() {
        HttpResponse<String> kept = send(HttpRequest.newBuilder(main.resolve("/q/health")).header("X-Request-Id", "abc-123_X.y"));
        assertThat(kept.headers().firstValue("X-Request-Id")).hasValue("abc-123_X.y");
        HttpResponse<String> replaced = send(HttpRequest.newBuilder(main.resolve("/graphql?query=%7B__typename%7D"))
                .header("X-Request-Id", "x".repeat(129)));
        assertThat(UUID.fromString(replaced.headers().firstValue("X-Request-Id").orElseThrow())).isNotNull();
        HttpResponse<String> generated = send(HttpRequest.newBuilder(main.resolve("/no/such/page")));
        assertThat(generated.statusCode()).isEqualTo(404);
        String id = generated.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(UUID.fromString(id).toString()).isEqualTo(id);
        assertThat(awaitAccessLog("rid=" + id)).contains("/no/such/page").contains(" 404 ");
    }

    @Test
    void anIncomingTraceparentIsHonoured() {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        HttpResponse<String> reply = send(HttpRequest.newBuilder(main.resolve("/graphql"))
                .header("Content-Type", "application/json")
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ __typename }\"}")));
        assertThat(reply.statusCode()).isEqualTo(200);
        String id = reply.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(awaitAccessLog("rid=" + id)).contains("trace=" + traceId);
    }

    @Test
    void publicHealthSaysOnlyUpOrDownAndDetailsStayOnTheManagementPort() {
        HttpResponse<String> up = send(HttpRequest.newBuilder(main.resolve("/q/health/ready")));
        assertThat(up.statusCode()).isEqualTo(200);
        assertThat(up.body()).isEqualTo("{\"status\":\"UP\"}");
        FailingCheck.down(true);
        for (String path : List.of("/q/health", "/q/health/ready")) {
            HttpResponse<String> down = send(HttpRequest.newBuilder(main.resolve(path)));
            assertThat(down.statusCode()).as(path).isEqualTo(503);
            assertThat(down.body()).as(path).isEqualTo("{\"status\":\"DOWN\"}");
        }
        assertThat(send(HttpRequest.newBuilder(main.resolve("/q/health/live"))).body()).isEqualTo("{\"status\":\"UP\"}");
        HttpResponse<String> detailed = send(HttpRequest.newBuilder(management.resolve("/q/health/ready")));
        assertThat(detailed.statusCode()).isEqualTo(503);
        assertThat(detailed.body()).contains(FailingCheck.SECRET_ADDRESS).contains("\"checks\"");
        assertThat(send(HttpRequest.newBuilder(main.resolve("/q/metrics"))).statusCode()).isEqualTo(404);
    }

    @Test
    void everyPageForbidsFramingAndSniffingAndHasAContentSecurityPolicy() {
        for (String path : List.of("/graphql?query=%7B__typename%7D", "/q/health", "/no/such/page", "/q/graphql-ui/",
                "/q/graphql-ui/render.js")) {
            HttpResponse<String> reply = send(HttpRequest.newBuilder(main.resolve(path)));
            assertThat(reply.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(reply.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            String csp = reply.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertThat(csp).as(path).contains("default-src 'none'").contains("frame-ancestors 'none'");
            if (path.startsWith("/q/graphql-ui")) {
                assertThat(reply.statusCode()).as(path).isEqualTo(200);
                assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-eval").contains("connect-src 'self'");
                assertThat(csp.substring(csp.indexOf("script-src"))).startsWith("script-src 'self';");
            } else {
                assertThat(csp).as(path).isEqualTo(STRICT);
            }
        }
        for (String page : List.of("/", "/workbench/app.js")) {
            HttpResponse<String> reply = send(HttpRequest.newBuilder(main.resolve(page)));
            assertThat(reply.statusCode()).as(page).isEqualTo(200);
            assertThat(reply.headers().firstValue("X-Frame-Options")).as(page).hasValue("DENY");
            assertThat(reply.headers().firstValue("Content-Security-Policy")).as(page)
                    .hasValue("default-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
        }
        HttpResponse<String> post = send(HttpRequest.newBuilder(main.resolve("/graphql")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(post.statusCode()).isEqualTo(415);
        assertThat(post.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    void aSilentConnectionIsClosed() throws IOException {
        assertThat(closedWithin(new byte[0])).isLessThan(IDLE_TIMEOUT.plusSeconds(3));
    }

    @Test
    void aHalfSentRequestIsClosed() throws IOException {
        List<String> errors;
        try (CapturedLog log = new CapturedLog("dev.parallax")) {
            sendHalfRequests();
            errors = log.messagesAtLeast(CapturedLog.ERROR);
        }
        assertThat(errors).as("a client that timed out is not a server error").isEmpty();
    }

    private void sendHalfRequests() throws IOException {
        byte[] half = ("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: 100\r\n\r\n{\"query\"").getBytes(StandardCharsets.US_ASCII);
        assertThat(closedWithin(half)).isLessThan(IDLE_TIMEOUT.plusSeconds(3));
        byte[] halfHeaders = "GET /q/health HTTP/1.1\r\nHost: loc".getBytes(StandardCharsets.US_ASCII);
        assertThat(closedWithin(halfHeaders)).isLessThan(IDLE_TIMEOUT.plusSeconds(3));
    }

    /** Sends the bytes, then nothing, and measures until the server closes the connection. */
    private Duration closedWithin(byte[] sent) throws IOException {
        try (Socket socket = new Socket(main.getHost(), main.getPort())) {
            socket.setSoTimeout((int) IDLE_TIMEOUT.plusSeconds(10).toMillis());
            long start = System.nanoTime();
            OutputStream out = socket.getOutputStream();
            out.write(sent);
            out.flush();
            InputStream in = socket.getInputStream();
            try {
                while (in.read() != -1) {
                    // A 408 or 400 before closing is fine: what matters is that the connection ends.
                }
            } catch (SocketTimeoutException e) {
                throw new AssertionError("the server kept a silent connection open for " + IDLE_TIMEOUT.plusSeconds(10), e);
            } catch (java.net.SocketException e) {
                // Reset by the server: closed as well.
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            assertThat(elapsed).as("not closed before the idle timeout").isGreaterThanOrEqualTo(IDLE_TIMEOUT.minusMillis(500));
            return elapsed;
        }
    }

    private String awaitAccessLog(String needle) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            for (String line : accessLog.messages()) {
                if (line.contains(needle)) {
                    return line;
                }
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("no access log line with " + needle + " in " + accessLog.messages());
    }

    private String metrics() {
        HttpResponse<String> reply = send(HttpRequest.newBuilder(management.resolve("/q/metrics")));
        assertThat(reply.statusCode()).isEqualTo(200);
        return reply.body();
    }

    private static double counter(String metrics, String operation, String outcome) {
        Matcher m = Pattern.compile("parallax_graphql_requests_total\\{operation=\"" + operation + "\",outcome=\"" + outcome
                + "\"} ([0-9.E]+)").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    private HttpResponse<String> post(String json, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(main.resolve("/graphql")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(request::header);
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
