package dev.parallax.graphql;

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

/** Implements {@link SessionPerResolver}: subscribes the resolver's Uni on a fresh duplicated context. */
@SessionPerResolver
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
public class SessionPerResolverInterceptor {

    @Inject
    Vertx vertx;

    @AroundInvoke
    Object isolate(InvocationContext invocation) {
        Context current = Vertx.currentContext();
        Context fresh = VertxContext.createNewDuplicatedContext(
                current != null ? current : vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(fresh, true);
        return Uni.createFrom().emitter(emitter -> fresh.runOnContext(ignored -> {
            try {
                ((Uni<?>) invocation.proceed()).subscribe().with(emitter::complete, emitter::fail);
            } catch (Exception e) {
                emitter.fail(e);
            }
        }));
    }
}
