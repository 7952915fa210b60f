package dev.parallax.testing;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * A readiness check tests can turn DOWN, reporting details an outsider must not see (a database host and port),
 * as the reactive pool's check does when PostgreSQL is unreachable. UP, with no details, otherwise.
 */
@Readiness
@ApplicationScoped
public class FailingCheck implements HealthCheck {

    /** The host and port the check names when it is DOWN. */
    public static final String SECRET_ADDRESS = "db-7.internal.example:5432";

    private static volatile boolean down;

    public static void down(boolean value) {
        down = value;
    }

    @Override
    public HealthCheckResponse call() {
        return down
                ? HealthCheckResponse.named("test-switch").down().withData("cause", "Connection refused: " + SECRET_ADDRESS).build()
                : HealthCheckResponse.up("test-switch");
    }
}
