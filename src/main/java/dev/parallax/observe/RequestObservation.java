package dev.parallax.observe;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/** What metrics keep about one GraphQL request while it runs. */
record RequestObservation(GraphQlMetrics metrics, long started, List<String> operations, AtomicBoolean finished) {

    RequestObservation(GraphQlMetrics metrics, long started) {
        this(metrics, started, java.util.Collections.synchronizedList(new ArrayList<>()), new AtomicBoolean());
    }

    /** True the first time only: a request is counted once. */
    boolean finish() {
        return finished.compareAndSet(false, true);
    }
}
