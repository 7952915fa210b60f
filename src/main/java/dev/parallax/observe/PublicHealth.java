package dev.parallax.observe;

import io.smallrye.health.SmallRyeHealth;
import io.smallrye.health.SmallRyeHealthReporter;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.function.Function;

/**
 * The health endpoints on the public port answer only UP or DOWN: the checks' details (database host and port,
 * exception messages) are served on the management interface ({@code quarkus.management.port}, 9000) alone.
 */
@ApplicationScoped
public class PublicHealth {

    private static final Map<String, Function<SmallRyeHealthReporter, SmallRyeHealth>> PATHS = Map.of(
            "/q/health", SmallRyeHealthReporter::getHealth,
            "/q/health/live", SmallRyeHealthReporter::getLiveness,
            "/q/health/ready", SmallRyeHealthReporter::getReadiness,
            "/q/health/started", SmallRyeHealthReporter::getStartup);

    private final SmallRyeHealthReporter reporter;

    public PublicHealth(SmallRyeHealthReporter reporter) {
        this.reporter = reporter;
    }

    void install(@Observes Router router) {
        // Some checks (the JDBC pool's) block: they run on a worker thread, never on the event loop.
        PATHS.forEach((path, check) -> router.get(path).blockingHandler(ctx -> answer(ctx, check.apply(reporter)), false));
    }

    private static void answer(RoutingContext ctx, SmallRyeHealth health) {
        boolean down = health.isDown();
        ctx.response()
                .setStatusCode(down ? 503 : 200)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json; charset=utf-8")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(down ? "{\"status\":\"DOWN\"}" : "{\"status\":\"UP\"}");
    }
}
