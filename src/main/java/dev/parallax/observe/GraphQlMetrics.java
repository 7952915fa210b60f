package dev.parallax.observe;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.List;

/**
 * Counts GraphQL requests by operation name and outcome code ({@code parallax_graphql_requests_total}) and times
 * them ({@code parallax_graphql_request_duration_seconds}). A request is observed from its first route to the
 * response it gets, refusals included.
 */
@ApplicationScoped
public class GraphQlMetrics {

    static final String OK = "OK";
    private static final String KEY = GraphQlMetrics.class.getName();
    private static final Duration[] BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
        Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
        Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10)};

    private final MeterRegistry registry;
    private final OperationNames names;

    public GraphQlMetrics(MeterRegistry registry, MetricsConfig config) {
        this.registry = registry;
        this.names = new OperationNames(config.maxOperationNames());
    }

    /** Starts observing the request. */
    public void start(RoutingContext ctx) {
        ctx.put(KEY, new RequestObservation(this, System.nanoTime()));
    }

    /** The name of the request's next operation (batches name several, in order); null for an unnamed one. */
    public static void operation(RoutingContext ctx, String name) {
        RequestObservation observation = ctx.get(KEY);
        if (observation != null) {
            observation.operations().add(name);
        }
    }

    /** Records the request once, from the response it gets: one count per operation, with its error code or OK. */
    public static void finish(RoutingContext ctx, JsonStructure response) {
        RequestObservation observation = ctx.get(KEY);
        if (observation != null && observation.finish()) {
            observation.metrics().recordAll(observation, response);
        }
    }

    private void recordAll(RequestObservation observation, JsonStructure response) {
        long elapsed = System.nanoTime() - observation.started();
        List<String> operations = observation.operations();
        if (response.getValueType() == JsonValue.ValueType.ARRAY && !response.asJsonArray().isEmpty()) {
            List<JsonValue> results = response.asJsonArray();
            for (int i = 0; i < results.size(); i++) {
                record(i < operations.size() ? operations.get(i) : null, i < operations.size(), outcome(results.get(i)), elapsed);
            }
        } else {
            record(operations.isEmpty() ? null : operations.get(0), !operations.isEmpty(), outcome(response), elapsed);
        }
    }

    private void record(String operation, boolean known, String outcome, long nanos) {
        String label = known ? names.label(operation) : OperationNames.UNKNOWN;
        Counter.builder("parallax.graphql.requests")
                .description("GraphQL operations by operation name and outcome (OK or the first error's code)")
                .tag("operation", label).tag("outcome", outcome)
                .register(registry).increment();
        Timer.builder("parallax.graphql.request.duration")
                .description("Time from a GraphQL request's arrival to its response")
                .tag("operation", label)
                .serviceLevelObjectives(BUCKETS)
                .register(registry).record(Duration.ofNanos(nanos));
    }

    /** OK, or the code of the first error. */
    static String outcome(JsonValue result) {
        if (result.getValueType() != JsonValue.ValueType.OBJECT) {
            return "INTERNAL_SERVER_ERROR";
        }
        JsonValue errors = ((JsonObject) result).get("errors");
        if (errors == null || errors.getValueType() != JsonValue.ValueType.ARRAY || errors.asJsonArray().isEmpty()) {
            return OK;
        }
        JsonValue first = errors.asJsonArray().get(0);
        if (first.getValueType() == JsonValue.ValueType.OBJECT
                && first.asJsonObject().get("extensions") instanceof JsonObject extensions
                && extensions.get("code") instanceof jakarta.json.JsonString code
                && code.getString().matches("[A-Z][A-Z_]{0,63}")) {
            return code.getString();
        }
        return "INTERNAL_SERVER_ERROR";
    }
}
