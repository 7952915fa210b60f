package dev.parallax.graphql;

import dev.parallax.db.ConnectionFailures;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Implements {@link SessionPerResolver}: subscribes the resolver's Uni on a fresh duplicated context
 * (carrying the CDI request context, so the caller's identity stays reachable), cancels it at the
 * request time limit, and reports an unreachable database as UNAVAILABLE.
 */
@SessionPerResolver
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
public class SessionPerResolverInterceptor {

    @Inject
    Vertx vertx;

    @ConfigProperty(name = "parallax.graphql.request-timeout", defaultValue = "10s")
    Duration timeLimit;

    @AroundInvoke
    Object isolate(InvocationContext invocation) {
        Context current = Vertx.currentContext();
        Context fresh = VertxContext.createNewDuplicatedContext(
                current != null ? current : vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(fresh, true);
        ManagedContext requestContext = Arc.container().requestContext();
        InjectableContext.ContextState requestState = requestContext.isActive() ? requestContext.getState() : null;
        Uni<?> isolated = Uni.createFrom().emitter(emitter -> fresh.runOnContext(ignored -> {
            if (requestState != null) {
                requestContext.activate(requestState);
            }
            try {
                ((Uni<?>) invocation.proceed()).subscribe().with(emitter::complete, emitter::fail);
            } catch (Exception e) {
                emitter.fail(e);
            } finally {
                if (requestState != null) {
                    requestContext.deactivate();
                }
            }
        }));
        return isolated
                .ifNoItem().after(timeLimit).failWith(() -> new RequestTimeoutException(timeLimit.toSeconds()))
                .onFailure(ConnectionFailures::in).transform(e -> new UnavailableException());
    }
}
