package dev.parallax.db;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Runs long pure work (extraction, comparison) on a worker thread, so it never holds an event loop, then resumes on
 * the caller's Vert.x context: the Hibernate Reactive session of the request lives there and must not be used from
 * any other. Cancelling the returned Uni (the request time limit does) makes the work's {@code stopped} check true.
 */
public final class WorkerPool {

    private WorkerPool() {
    }

    /** The work's result, computed on a worker thread and delivered on the subscriber's context. */
    public static <T> Uni<T> run(Function<BooleanSupplier, T> work) {
        return Uni.createFrom().emitter(emitter -> {
            Context context = Vertx.currentContext();
            AtomicBoolean stopped = new AtomicBoolean();
            emitter.onTermination(() -> stopped.set(true));
            Infrastructure.getDefaultWorkerPool().execute(() -> {
                T result;
                try {
                    result = work.apply(stopped::get);
                } catch (Throwable e) {
                    onContext(context, () -> emitter.fail(e));
                    return;
                }
                onContext(context, () -> emitter.complete(result));
            });
        });
    }

    private static void onContext(Context context, Runnable action) {
        if (context == null) {
            action.run();
        } else {
            context.runOnContext(ignored -> action.run());
        }
    }
}
