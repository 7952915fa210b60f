package dev.parallax.http;

import dev.parallax.graphql.RequestDeadline;
import dev.parallax.guard.CostModel;
import dev.parallax.guard.QueryCost;
import dev.parallax.guard.RequestLimits;
import dev.parallax.observe.GraphQlMetrics;
import graphql.language.OperationDefinition;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.smallrye.graphql.runtime.SmallRyeGraphQLAbstractHandler;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Serves {@code /graphql} as the GraphQL-over-HTTP spec asks: content negotiation, status codes, no
 * mutations over GET, JSON bodies only (no CSRF-able form or text posts), request cost limits, a code on
 * every error, and a time limit. Execution itself is SmallRye GraphQL's.
 */
final class GraphQlHttpHandler extends SmallRyeGraphQLAbstractHandler {

    private static final Logger LOG = Logger.getLogger(GraphQlHttpHandler.class);

    private final GraphQlEndpointConfig config;
    private final RequestLimits limits;
    private final CostModel costModel;
    private final Vertx vertx;

    GraphQlHttpHandler(CurrentIdentityAssociation identities, CurrentVertxRequest currentRequest,
            GraphQlEndpointConfig config, CostModel costModel, Vertx vertx) {
        super(identities, currentRequest, false);
        this.config = config;
        this.limits = config.limits();
        this.costModel = costModel;
        this.vertx = vertx;
    }

    @Override
    protected void doHandle(RoutingContext ctx) {
        // A refused token must become an UNAUTHENTICATED GraphQL error (AccessControl), not a bare 401.
        ctx.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, (BiConsumer<RoutingContext, Throwable>) (c, failure) -> {
        });
        String responseType = MediaTypes.responseType(ctx.request().getHeader(HttpHeaders.ACCEPT));
        if (responseType == null) {
            send(ctx, MediaTypes.JSON, 406, ErrorCodes.single("NOT_ACCEPTABLE",
                    "Parallax answers in application/graphql-response+json or application/json."));
            return;
        }
        try {
            switch (ctx.request().method().name()) {
                case "POST" -> post(ctx, responseType);
                case "GET" -> get(ctx, responseType);
                case "OPTIONS" -> ctx.response().putHeader(HttpHeaders.ALLOW, allowedMethods()).setStatusCode(204).end();
                default -> throw methodNotAllowed("Use POST (or GET for queries).");
            }
        } catch (HttpRejection rejection) {
            if (rejection.status == 405) {
                ctx.response().putHeader(HttpHeaders.ALLOW, allowedMethods());
            }
            send(ctx, responseType, rejection.status, ErrorCodes.single(rejection.code, rejection.getMessage()));
        }
    }

    private void post(RoutingContext ctx, String responseType) {
        JsonStructure body = parseBody(ctx.body() == null ? null : ctx.body().buffer());
        if (body.getValueType() == JsonValue.ValueType.ARRAY) {
            List<JsonValue> operations = body.asJsonArray();
            if (operations.isEmpty()) {
                throw HttpRejection.badRequest("A batch must hold at least one operation.");
            }
            if (operations.size() > config.maxBatchOperations()) {
                throw new HttpRejection(400, "TOO_MANY_OPERATIONS",
                        "A batch may hold at most " + config.maxBatchOperations() + " operations.");
            }
            List<GraphQlRequest> requests = operations.stream().map(GraphQlRequest::fromJson).toList();
            runBatch(ctx, responseType, requests);
        } else {
            runSingle(ctx, responseType, GraphQlRequest.fromJson(body), false);
        }
    }

    private void get(RoutingContext ctx, String responseType) {
        if (!config.allowGet()) {
            throw methodNotAllowed("GET is disabled here: POST the request as JSON.");
        }
        runSingle(ctx, responseType, GraphQlRequest.fromQueryParameters(ctx.request()::getParam), true);
    }

    private void runSingle(RoutingContext ctx, String responseType, GraphQlRequest request, boolean overGet) {
        Prepared prepared = prepare(request, overGet);
        GraphQlMetrics.operation(ctx, prepared.operationName(request));
        if (prepared.refusal != null) {
            send(ctx, responseType, documentErrorStatus(responseType), prepared.refusal);
            return;
        }
        if (!ClientGate.charge(ctx, responseType, prepared.cost)) {
            return;
        }
        Context loop = Vertx.currentContext();
        AtomicBoolean answered = new AtomicBoolean();
        long timer = startTimeLimit(ctx, responseType, answered);
        Map<String, Object> metaData = metaData(ctx);
        // Runs on the thread that completed the result (a worker for a comparison): the JSON is written there too.
        executeRaw(prepared.request, metaData).whenComplete((response, failure) -> {
            vertx.cancelTimer(timer);
            if (!answered.compareAndSet(false, true)) {
                return;
            }
            if (failure != null) {
                JsonObject timeout = cutOffAnswer(failure);
                if (timeout != null) {
                    answer(loop, ctx, responseType, 200, timeout);
                } else {
                    onLoop(loop, () -> sendInternalError(ctx, responseType, failure));
                }
                return;
            }
            try {
                byte[] data = ResultJson.dataOnly(response.getExecutionResult(), metaData);
                if (data != null) {
                    onLoop(loop, () -> send(ctx, responseType, data));
                    return;
                }
                JsonObject result = ErrorCodes.complete(response.getExecutionResultAsJsonObject());
                answer(loop, ctx, responseType, result.containsKey("data") ? 200 : documentErrorStatus(responseType),
                        result);
            } catch (RuntimeException e) {
                onLoop(loop, () -> sendInternalError(ctx, responseType, e));
            }
        });
    }

    /** Operations of a batch run one after another; the answer is an array of their responses, with 200. */
    private void runBatch(RoutingContext ctx, String responseType, List<GraphQlRequest> requests) {
        // All are judged first: the batch's cost is charged as a whole before any of it runs.
        List<Prepared> batch = new ArrayList<>();
        long cost = 0;
        for (GraphQlRequest request : requests) {
            Prepared prepared;
            try {
                prepared = prepare(request, false);
            } catch (HttpRejection rejection) {
                prepared = Prepared.refused(rejection.code, rejection.getMessage());
            }
            GraphQlMetrics.operation(ctx, prepared.operationName(request));
            batch.add(prepared);
            cost += prepared.cost;
        }
        if (!ClientGate.charge(ctx, responseType, cost)) {
            return;
        }
        Context loop = Vertx.currentContext();
        Map<String, Object> metaData = metaData(ctx);
        AtomicBoolean answered = new AtomicBoolean();
        long timer = startTimeLimit(ctx, responseType, answered);
        List<JsonObject> results = new ArrayList<>();
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (Prepared prepared : batch) {
            chain = chain.thenCompose(ignored -> prepared.refusal != null
                    ? CompletableFuture.completedFuture(prepared.refusal)
                    : startOnLoop(loop, () -> execute(prepared.request, new ConcurrentHashMap<>(metaData))))
                    .thenAccept(results::add);
        }
        chain.whenComplete((ignored, failure) -> {
            vertx.cancelTimer(timer);
            if (answered.compareAndSet(false, true)) {
                if (failure != null) {
                    onLoop(loop, () -> sendInternalError(ctx, responseType, failure));
                } else {
                    JsonArrayBuilder array = Json.createArrayBuilder();
                    results.forEach(array::add);
                    answer(loop, ctx, responseType, 200, array.build());
                }
            }
        });
    }

    /** Everything that can be judged before execution (RequestChecks), and no mutation over GET. */
    private Prepared prepare(GraphQlRequest request, boolean overGet) {
        RequestChecks.Outcome outcome = RequestChecks.check(request, limits);
        if (outcome.refused()) {
            return Prepared.refused(outcome.code(), outcome.message());
        }
        if (overGet && outcome.operation() != OperationDefinition.Operation.QUERY) {
            throw methodNotAllowed("Mutations must be sent with POST.");
        }
        return new Prepared(request, null, outcome.definition().getName(),
                QueryCost.of(outcome.document(), outcome.definition(), new CostVariables(request.variables()), costModel));
    }

    private CompletableFuture<JsonObject> execute(GraphQlRequest request, Map<String, Object> metaData) {
        CompletableFuture<JsonObject> result = new CompletableFuture<>();
        // Completes on the thread that completed the result: a worker for a comparison (WorkerCompletion), where
        // turning it into JSON then stays.
        executeRaw(request, metaData).whenComplete((response, failure) -> {
            if (failure == null) {
                result.complete(ErrorCodes.complete(response.getExecutionResultAsJsonObject()));
                return;
            }
            JsonObject timeout = cutOffAnswer(failure);
            if (timeout != null) {
                result.complete(timeout);
            } else {
                result.completeExceptionally(failure);
            }
        });
        return result;
    }

    /** The TIMEOUT answer when the request's deadline cut the execution off ({@link RequestDeadline}), else null. */
    private static JsonObject cutOffAnswer(Throwable failure) {
        RequestDeadline.CutOff cutOff = RequestDeadline.cutOffIn(failure);
        return cutOff == null ? null : ErrorCodes.timeout(cutOff.getMessage(), cutOff.rootField());
    }

    private CompletableFuture<ExecutionResponse> executeRaw(GraphQlRequest request, Map<String, Object> metaData) {
        CompletableFuture<ExecutionResponse> result = new CompletableFuture<>();
        try {
            getExecutionService().executeAsync(request.toJson(), metaData, new ExecutionResponseWriter() {
                @Override
                public void write(ExecutionResponse response) {
                    result.complete(response);
                }

                @Override
                public void fail(Throwable failure) {
                    result.completeExceptionally(failure);
                }
            });
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
        }
        return result;
    }

    /** SmallRye's metadata (graphql-java's context) with the introspection switch and the request's deadline. */
    private Map<String, Object> metaData(RoutingContext ctx) {
        Map<String, Object> metaData = RequestChecks.withIntrospectionSwitch(getMetaData(ctx), config.introspection());
        metaData.put(RequestDeadline.KEY, RequestDeadline.in(config.requestTimeout()));
        return metaData;
    }

    /** Runs {@code action} on the request's event loop (the response and the client's lease belong there). */
    private static void onLoop(Context loop, Runnable action) {
        if (loop == null || Context.isOnEventLoopThread()) {
            action.run();
        } else {
            loop.runOnContext(ignored -> action.run());
        }
    }

    /** Starts the next operation of a batch on the request's event loop (the previous one ended on a worker). */
    private static CompletableFuture<JsonObject> startOnLoop(Context loop, Supplier<CompletableFuture<JsonObject>> start) {
        CompletableFuture<JsonObject> result = new CompletableFuture<>();
        onLoop(loop, () -> start.get().whenComplete((value, failure) -> {
            if (failure != null) {
                result.completeExceptionally(failure);
            } else {
                result.complete(value);
            }
        }));
        return result;
    }

    /** Encodes the answer on the calling thread (a worker for an executed request) and sends it from the event loop. */
    private static void answer(Context loop, RoutingContext ctx, String responseType, int status, JsonStructure body) {
        byte[] bytes = encode(body);
        onLoop(loop, () -> send(ctx, responseType, status, body, bytes));
    }

    /** A backstop for the resolvers' own time limit: the client gets an answer even if execution hangs. */
    private long startTimeLimit(RoutingContext ctx, String responseType, AtomicBoolean answered) {
        long millis = config.requestTimeout().toMillis() + 1000;
        return vertx.setTimer(millis, id -> {
            if (answered.compareAndSet(false, true)) {
                send(ctx, responseType, 503, ErrorCodes.single("TIMEOUT",
                        "The request took longer than " + config.requestTimeout().toSeconds() + " s."));
            }
        });
    }

    private void sendInternalError(RoutingContext ctx, String responseType, Throwable failure) {
        LOG.error("GraphQL execution failed", failure);
        send(ctx, responseType, 500, ErrorCodes.single("INTERNAL_SERVER_ERROR", "Internal error"));
    }

    private static JsonStructure parseBody(Buffer buffer) {
        if (buffer == null || buffer.length() == 0) {
            throw HttpRejection.badRequest("The request body is empty.");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(buffer.getBytes())).toString();
        } catch (CharacterCodingException e) {
            throw HttpRejection.badRequest("The request body is not valid UTF-8.");
        }
        if (StrictJson.parse(text, "The request body") instanceof JsonStructure structure) {
            return structure;
        }
        throw HttpRejection.badRequest("The request body must be a JSON object (or an array of them).");
    }

    /** Request errors GraphQL reports itself (parse, validation, limits): 200 for application/json, 400 otherwise. */
    static int documentErrorStatus(String responseType) {
        return responseType.equals(MediaTypes.JSON) ? 200 : 400;
    }

    private String allowedMethods() {
        return config.allowGet() ? "GET, POST, OPTIONS" : "POST, OPTIONS";
    }

    private static HttpRejection methodNotAllowed(String message) {
        return new HttpRejection(405, "METHOD_NOT_ALLOWED", message);
    }

    /** Sends an error-free answer already written as bytes ({@link ResultJson}), with 200. */
    private static void send(RoutingContext ctx, String responseType, byte[] bytes) {
        if (bytes.length > ClientGate.responseCap(ctx)) {
            send(ctx, responseType, documentErrorStatus(responseType), ErrorCodes.single("RESPONSE_TOO_LARGE",
                    tooLarge(ctx, bytes.length)));
            return;
        }
        ClientGate.release(ctx);
        if (ctx.response().ended() || ctx.response().closed()) {
            return;
        }
        GraphQlMetrics.finish(ctx, JsonValue.EMPTY_JSON_OBJECT);
        ctx.response()
                .setStatusCode(200)
                .putHeader(HttpHeaders.CONTENT_TYPE, responseType + "; charset=utf-8")
                .end(Buffer.buffer(bytes));
    }

    static void send(RoutingContext ctx, String responseType, int status, JsonStructure body) {
        send(ctx, responseType, status, body, encode(body));
    }

    private static byte[] encode(JsonStructure body) {
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void send(RoutingContext ctx, String responseType, int status, JsonStructure body, byte[] encoded) {
        ClientGate.release(ctx);
        if (ctx.response().ended() || ctx.response().closed()) {
            return;
        }
        byte[] bytes = encoded;
        if (bytes.length > ClientGate.responseCap(ctx)) {
            status = documentErrorStatus(responseType);
            body = ErrorCodes.single("RESPONSE_TOO_LARGE", tooLarge(ctx, bytes.length));
            bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        }
        GraphQlMetrics.finish(ctx, body);
        ctx.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, responseType + "; charset=utf-8")
                .end(Buffer.buffer(bytes));
    }

    private static String tooLarge(RoutingContext ctx, int bytes) {
        return "The answer would be " + bytes / 1024 + " KB, more than the " + ClientGate.responseCap(ctx) / 1024
                + " KB allowed: ask for fewer items or fields.";
    }

    /** A request ready to run with its operation's name and cost in points, or the response that refuses it (costing nothing). */
    private record Prepared(GraphQlRequest request, JsonObject refusal, String operation, int cost) {
        static Prepared refused(String code, String message) {
            return new Prepared(null, ErrorCodes.single(code, message), null, 0);
        }

        /** The chosen operation's name; for a refused request, the name the client gave. */
        String operationName(GraphQlRequest sent) {
            return refusal == null ? operation : sent.operationName();
        }
    }
}
