package dev.parallax.http;

import dev.parallax.limit.ClientBudgets;
import dev.parallax.limit.LimitsConfig;
import dev.parallax.observe.GraphQlMetrics;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Puts Parallax's own handlers in front of SmallRye GraphQL's on the GraphQL path, after Quarkus' CORS
 * and authentication filters: one for WebSocket upgrades (subscriptions, with the same limits and an
 * Origin check) and one for POST and GET.
 */
@ApplicationScoped
public class GraphQlRoutes {

    private static final Logger LOG = Logger.getLogger(GraphQlRoutes.class);

    /** Before the path's own guards, so that metrics count their refusals too. */
    private static final int OBSERVE_ORDER = -151;
    /** After authentication (order -200), before authorization (-100) and SmallRye's own WebSocket route (-99). */
    private static final int WEBSOCKET_GUARD_ORDER = -150;
    private static final int MEDIA_TYPE_GUARD_ORDER = -98;
    private static final int HANDLER_ORDER = -97;

    @Inject
    GraphQlEndpointConfig config;

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    CurrentVertxRequest currentRequest;

    @Inject
    Vertx vertx;

    @Inject
    GraphQlMetrics metrics;

    @Inject
    ClientBudgets budgets;

    @Inject
    LimitsConfig limitsConfig;

    @ConfigProperty(name = "quarkus.smallrye-graphql.root-path")
    String path;

    @ConfigProperty(name = "quarkus.http.cors.origins")
    Optional<List<String>> corsOrigins;

    void install(@Observes Router router) {
        router.route(path).order(OBSERVE_ORDER).handler(ctx -> {
            metrics.start(ctx);
            ctx.next();
        });
        GraphQlWebSocketHandler webSockets = new GraphQlWebSocketHandler(identities, currentRequest, config,
                new AllowedOrigins(corsOrigins.orElse(List.of())));
        router.route(path).order(WEBSOCKET_GUARD_ORDER).handler(ctx -> {
            if (GraphQlWebSocketHandler.isUpgrade(ctx)) {
                webSockets.handle(ctx);
            } else {
                ctx.next();
            }
        });
        router.route(path + "/schema.graphql").order(WEBSOCKET_GUARD_ORDER).handler(this::schemaOnlyWithIntrospection);
        router.route(path).order(MEDIA_TYPE_GUARD_ORDER).handler(this::refuseNonJsonPosts);
        router.route(path).order(HANDLER_ORDER)
                .handler(BodyHandler.create(false).setBodyLimit(config.maxBodySize().asLongValue()))
                .handler(new ClientGate(budgets, limitsConfig))
                .handler(new GraphQlHttpHandler(identities, currentRequest, config, limitsConfig.costModel(), vertx))
                .failureHandler(this::answerFailure);
    }

    /** The SDL download is introspection by another name: it follows the same switch. */
    private void schemaOnlyWithIntrospection(RoutingContext ctx) {
        if (config.introspection()) {
            ctx.next();
        } else {
            GraphQlHttpHandler.send(ctx, MediaTypes.JSON, 404, ErrorCodes.single("NOT_FOUND", "Introspection is disabled here."));
        }
    }

    /**
     * Runs before the body is read, so form and multipart bodies never reach a parser (CSRF, cost). Every
     * Content-Type line counts, not just the first, so a second one cannot smuggle in another type.
     */
    private void refuseNonJsonPosts(RoutingContext ctx) {
        if (ctx.request().method() == HttpMethod.POST
                && !MediaTypes.isJsonRequest(contentType(ctx))) {
            GraphQlHttpHandler.send(ctx, MediaTypes.JSON, 415, ErrorCodes.single("UNSUPPORTED_MEDIA_TYPE",
                    "POST a JSON body with Content-Type: application/json (form and text bodies are refused)."));
        } else {
            ctx.next();
        }
    }

    private static String contentType(RoutingContext ctx) {
        var lines = ctx.request().headers().getAll(HttpHeaders.CONTENT_TYPE);
        return lines.isEmpty() ? null : String.join(",", lines);
    }

    /** Failures of the body handler (413 on an oversized body) and anything unexpected, as GraphQL errors. */
    private void answerFailure(RoutingContext ctx) {
        if (ctx.failure() instanceof HttpClosedException || ctx.response().closed()) {
            // The connection is gone (the client left, or sent too slowly and timed out): nobody to answer.
            LOG.debug("GraphQL request abandoned: the connection closed", ctx.failure());
            return;
        }
        int status = ctx.statusCode();
        if (status == 413) {
            GraphQlHttpHandler.send(ctx, MediaTypes.JSON, 413, ErrorCodes.single("PAYLOAD_TOO_LARGE",
                    "The request body is larger than " + config.maxBodySize().asLongValue() / 1024 + " KB."));
        } else if (status >= 400 && status < 500) {
            GraphQlHttpHandler.send(ctx, MediaTypes.JSON, status, ErrorCodes.single("BAD_REQUEST", "The request could not be read."));
        } else {
            LOG.error("Unexpected failure on the GraphQL route", ctx.failure());
            GraphQlHttpHandler.send(ctx, MediaTypes.JSON, 500, ErrorCodes.single("INTERNAL_SERVER_ERROR", "Internal error"));
        }
    }
}
