package dev.parallax.changes;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.BackPressureFailure;

/** A hot stream made safe for one slow reader: a bounded buffer, then the stream fails with {@link SlowConsumerException}. */
final class Bounded {

    private Bounded() {
    }

    static <T> Multi<T> buffer(Multi<T> hot, int size) {
        return hot.onOverflow().buffer(size)
                .onFailure(BackPressureFailure.class).transform(e -> new SlowConsumerException(size));
    }
}
