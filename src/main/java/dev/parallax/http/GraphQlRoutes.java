package dev.parallax.http;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Puts Parallax's own handler in front of SmallRye GraphQL's on the GraphQL path, after Quarkus' CORS
 * and authentication filters, and refuses WebSocket upgrades there (no subscriptions are offered; when
 * they come, they must pass the same limits and role checks).
 */
@ApplicationScoped
public class GraphQlRoutes {

    /** After authentication (order -200) and authorization (-100), before SmallRye's WebSocket route (-99). */
    private static final int WEBSOCKET_GUARD_ORDER = -150;
    private static final int HANDLER_ORDER = -98;

    @Inject
    GraphQlEndpointConfig config;

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    CurrentVertxRequest currentRequest;

    @Inject
    Vertx vertx;

    @ConfigProperty(name = "quarkus.smallrye-graphql.root-path")
    String path;

    void install(@Observes Router router) {
        router.route(path).order(WEBSOCKET_GUARD_ORDER).handler(ctx -> {
            if ("websocket".equalsIgnoreCase(ctx.request().getHeader(HttpHeaders.UPGRADE))) {
                GraphQlHttpHandler.send(ctx, MediaTypes.JSON, 400, ErrorCodes.single("BAD_REQUEST",
                        "GraphQL over WebSocket is not offered: POST queries and mutations."));
            } else {
                ctx.next();
            }
        });
        router.route(path).order(HANDLER_ORDER)
                .handler(BodyHandler.create(false).setBodyLimit(config.maxBodySize().asLongValue()))
                .handler(new GraphQlHttpHandler(identities, currentRequest, config, vertx))
                .failureHandler(ctx -> {
                    int status = ctx.statusCode() == 413 ? 413 : ctx.statusCode() >= 400 && ctx.statusCode() < 500 ? ctx.statusCode() : 500;
                    String code = status == 413 ? "PAYLOAD_TOO_LARGE" : status == 500 ? "INTERNAL_SERVER_ERROR" : "BAD_REQUEST";
                    String message = status == 413
                            ? "The request body is larger than " + config.maxBodySize().asLongValue() / 1024 + " KB."
                            : status == 500 ? "Internal error" : "The request could not be read.";
                    GraphQlHttpHandler.send(ctx, MediaTypes.JSON, status, ErrorCodes.single(code, message));
                });
    }
}
