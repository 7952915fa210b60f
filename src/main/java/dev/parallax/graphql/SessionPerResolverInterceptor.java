package dev.parallax.graphql;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Implements {@link SessionPerResolver}: subscribes the resolver's Uni on a fresh duplicated context
 * (carrying the CDI request context, so the caller's identity stays reachable), cancels it at the
 * request time limit, and reports an unreachable database as UNAVAILABLE.
 * <p>
 * Cancelling reaches the resolver's own subscription, on its context, and stops it: its transaction is
 * rolled back (closing a session with a transaction open rolls it back), so a write answered with
 * TIMEOUT never commits later, even when the statement it was waiting in finishes after the answer.
 * That statement still runs to its end in the database (at the latest at statement_timeout); the
 * rollback follows it, then the connection goes back to the pool. A statement the database cut off at
 * its own limit (statement_timeout, SQLSTATE 57014) is reported as TIMEOUT as well; every failure is
 * mapped to its coded API error by {@link ApiErrors}.
 */
@SessionPerResolver
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
public class SessionPerResolverInterceptor {

    private static final Logger LOG = Logger.getLogger(SessionPerResolverInterceptor.class);

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
        AtomicReference<Cancellable> running = new AtomicReference<>();
        AtomicBoolean cancelled = new AtomicBoolean();
        Uni<?> isolated = Uni.createFrom().emitter(emitter -> fresh.runOnContext(ignored -> {
            if (cancelled.get()) {
                return;
            }
            if (requestState != null) {
                requestContext.activate(requestState);
            }
            try {
                running.set(((Uni<?>) invocation.proceed()).subscribe().with(emitter::complete, emitter::fail));
            } catch (Exception e) {
                emitter.fail(e);
            } finally {
                if (requestState != null) {
                    requestContext.deactivate();
                }
            }
        }));
        return isolated
                // Runs on the resolver's context, after its start if that was already queued: the session is not
                // thread-safe, and a start that has not happened yet must not happen at all.
                .onCancellation().invoke(() -> {
                    cancelled.set(true);
                    fresh.runOnContext(ignored -> {
                        Cancellable subscription = running.get();
                        if (subscription != null) {
                            subscription.cancel();
                        }
                    });
                })
                .ifNoItem().after(timeLimit).failWith(() -> new RequestTimeoutException(timeLimit.toSeconds()))
                .onFailure().transform(ApiErrors::toApi)
                .onFailure(ApiErrors::unexpected).invoke(e ->
                        LOG.errorf(e, "%s failed; the client gets \"Internal error\"", invocation.getMethod().getName()));
    }
}
