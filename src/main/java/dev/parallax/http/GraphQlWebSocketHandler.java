package dev.parallax.http;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.smallrye.graphql.runtime.SmallRyeGraphQLAbstractHandler;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Takes WebSocket upgrades on {@code /graphql} in place of SmallRye's own route: the Origin must be this
 * server's or one the CORS configuration lists, the subprotocol must be graphql-transport-ws, and every
 * subscription passes the request checks of HTTP (GuardedTransportWsHandler).
 */
final class GraphQlWebSocketHandler extends SmallRyeGraphQLAbstractHandler {

    static final String SUBPROTOCOL = "graphql-transport-ws";
    private static final Logger LOG = Logger.getLogger(GraphQlWebSocketHandler.class);
    private static final int MAX_QUEUED_BYTES = 1024 * 1024;

    private final GraphQlEndpointConfig config;
    private final AllowedOrigins origins;

    GraphQlWebSocketHandler(CurrentIdentityAssociation identities, CurrentVertxRequest currentRequest,
            GraphQlEndpointConfig config, AllowedOrigins origins) {
        super(identities, currentRequest, false);
        this.config = config;
        this.origins = origins;
    }

    static boolean isUpgrade(RoutingContext ctx) {
        return "websocket".equalsIgnoreCase(ctx.request().getHeader(HttpHeaders.UPGRADE));
    }

    @Override
    protected void doHandle(RoutingContext ctx) {
        if (!origins.allows(ctx.request().getHeader(HttpHeaders.ORIGIN), ctx.request().getHeader(HttpHeaders.HOST))) {
            GraphQlHttpHandler.send(ctx, MediaTypes.JSON, 403, ErrorCodes.single("FORBIDDEN_ORIGIN",
                    "WebSocket connections from this origin are not allowed (quarkus.http.cors.origins)."));
            return;
        }
        if (!offersSubprotocol(ctx.request().getHeader("Sec-WebSocket-Protocol"))) {
            GraphQlHttpHandler.send(ctx, MediaTypes.JSON, 400, ErrorCodes.single("BAD_REQUEST",
                    "Subscriptions speak the graphql-transport-ws subprotocol (Sec-WebSocket-Protocol: graphql-transport-ws)."));
            return;
        }
        Map<String, Object> metaData = RequestChecks.withIntrospectionSwitch(getMetaData(ctx), config.introspection());
        ctx.request().toWebSocket().onComplete(upgraded -> {
            if (upgraded.failed()) {
                LOG.debug("WebSocket upgrade failed", upgraded.cause());
                return;
            }
            ServerWebSocket socket = upgraded.result();
            var handler = new GuardedTransportWsHandler(new BoundedWebSocketSession(socket, MAX_QUEUED_BYTES), metaData,
                    ctx, this, config.limits());
            socket.closeHandler(ignored -> handler.onClose());
            socket.endHandler(ignored -> handler.onEnd());
            socket.exceptionHandler(failure -> {
                if (!(failure instanceof HttpClosedException)) {
                    handler.onThrowable(failure);
                }
            });
            socket.textMessageHandler(handler::onMessage);
        });
    }

    private static boolean offersSubprotocol(String header) {
        if (header == null) {
            return false;
        }
        for (String offered : header.split(",")) {
            if (offered.trim().equals(SUBPROTOCOL)) {
                return true;
            }
        }
        return false;
    }
}
