package dev.parallax.http;

import dev.parallax.guard.RequestLimits;
import graphql.language.OperationDefinition;
import io.quarkus.smallrye.graphql.runtime.SmallRyeAuthGraphQLTransportWSSubprotocolHandler;
import io.quarkus.smallrye.graphql.runtime.SmallRyeGraphQLAbstractHandler;
import io.smallrye.graphql.websocket.GraphQLWebSocketSession;
import io.vertx.ext.web.RoutingContext;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * graphql-transport-ws as SmallRye speaks it, with each {@code subscribe} checked first as a POST would be
 * (RequestChecks: text, syntax, cost limits); only subscriptions are taken, queries and mutations go over HTTP.
 */
final class GuardedTransportWsHandler extends SmallRyeAuthGraphQLTransportWSSubprotocolHandler {

    private static final Logger LOG = Logger.getLogger(GuardedTransportWsHandler.class);

    private final GraphQLWebSocketSession session;
    private final RequestLimits limits;

    GuardedTransportWsHandler(GraphQLWebSocketSession session, Map<String, Object> metaData, RoutingContext ctx,
            SmallRyeGraphQLAbstractHandler handler, RequestLimits limits) {
        // The connection_init payload may carry a token; subscriptions serve public data, so it is accepted, not needed.
        super(session, metaData, ctx, handler, Optional.empty());
        this.session = session;
        this.limits = limits;
    }

    @Override
    protected void onMessage(JsonObject message) {
        if ("subscribe".equals(message.getString("type", null))) {
            String id = message.getString("id", null);
            JsonValue payload = message.get("payload");
            RequestChecks.Outcome outcome;
            try {
                outcome = RequestChecks.check(GraphQlRequest.fromJson(payload == null ? JsonValue.NULL : payload), limits);
            } catch (HttpRejection rejection) {
                outcome = RequestChecks.Outcome.refused(rejection.code, rejection.getMessage());
            }
            if (!outcome.refused() && outcome.operation() != OperationDefinition.Operation.SUBSCRIPTION) {
                outcome = RequestChecks.Outcome.refused("METHOD_NOT_ALLOWED",
                        "Only subscriptions are taken over WebSocket: POST queries and mutations to /graphql.");
            }
            if (outcome.refused() && id != null) {
                refuse(id, outcome);
                return;
            }
        }
        super.onMessage(message);
    }

    private void refuse(String id, RequestChecks.Outcome outcome) {
        JsonObject error = Json.createObjectBuilder().add("id", id).add("type", "error")
                .add("payload", ErrorCodes.single(outcome.code(), outcome.message()).getJsonArray("errors")).build();
        try {
            session.sendMessage(error.toString());
        } catch (Exception e) {
            LOG.debug("Could not send a refusal to a closing WebSocket", e);
        }
    }
}
