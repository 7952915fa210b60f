package dev.parallax.graphql;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Hands a resolver's result to graphql-java on a worker thread. graphql-java completes a result's fields on the thread
 * that delivers it, and for a large comparison (tens of thousands of objects and fields) that holds an event loop for
 * long. Wrap the {@link SessionPerResolver} call, not the inside of it: the session stays on its Vert.x context, and a
 * nested field that reaches the database opens its own session there again (SessionPerResolverInterceptor).
 */
public final class WorkerCompletion {

    private WorkerCompletion() {
    }

    /** The same result, delivered on a worker thread. */
    public static <T> Uni<T> of(Uni<T> result) {
        return result.emitOn(Infrastructure.getDefaultWorkerPool());
    }
}
