package dev.parallax.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Sends requests byte for byte as given (RestAssured would fix up headers and bodies), for hostile-input tests. */
public final class RawHttp {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private RawHttp() {
    }

    /** What came back: status, content type and the body parsed as JSON (null when it is not JSON). */
    public record Reply(int status, String contentType, String body, JsonNode json) {
    }

    public static Reply send(String method, String pathAndQuery, Map<String, String> headers, byte[] body) {
        return send(method, pathAndQuery, List.copyOf(headers.entrySet()), body);
    }

    /** As {@link #send(String, String, Map, byte[])}, one header line per entry: a name may come more than once. */
    public static Reply send(String method, String pathAndQuery, List<Map.Entry<String, String>> headerLines, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + pathAndQuery))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        headerLines.forEach(line -> request.header(line.getKey(), line.getValue()));
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json;
            try {
                json = response.body().isEmpty() ? null : JSON.readTree(response.body());
            } catch (IOException e) {
                json = null;
            }
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.body(), json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A JSON POST of {@code {"query": ..., "variables": ...}} with the given extra headers. */
    public static Reply postJson(Map<String, Object> body, Map<String, String> headers) {
        try {
            Map<String, String> all = new java.util.LinkedHashMap<>(Map.of("Content-Type", "application/json"));
            all.putAll(headers);
            return send("POST", "/graphql", all, JSON.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Row counts of every table, to show a refused request wrote nothing. */
    public static Map<String, Long> tableCounts() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        try (var c = TestDatabase.connect(); var s = c.createStatement()) {
            for (String table : new String[] {"agreement", "clause", "facet", "source", "claim", "claim_event"}) {
                try (var rs = s.executeQuery("select count(*) from " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }
}
