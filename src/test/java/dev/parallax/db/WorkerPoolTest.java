package dev.parallax.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.subscription.Cancellable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Work handed to the worker pool runs on another thread and hears when its Uni is cancelled. */
class WorkerPoolTest {

    @Test
    void cancellingTheUniTellsTheWorkToStop() throws Exception {
        Thread caller = Thread.currentThread();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread[] worker = new Thread[1];
        Cancellable subscription = WorkerPool.run(isStopped -> {
            worker[0] = Thread.currentThread();
            started.countDown();
            while (!isStopped.getAsBoolean()) {
                Thread.onSpinWait();
            }
            stopped.countDown();
            return 1;
        }).subscribe().with(ignored -> { });

        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(worker[0]).isNotSameAs(caller);
        subscription.cancel();
        assertThat(stopped.await(5, TimeUnit.SECONDS)).as("the work saw the cancellation").isTrue();
    }
}
