package dev.parallax.live;

import io.smallrye.graphql.api.ErrorCode;

/** A subscription ended because its client read changes more slowly than they came; reported as {@code SLOW_CONSUMER}. */
@ErrorCode("SLOW_CONSUMER")
public class SlowConsumerError extends RuntimeException {

    public SlowConsumerError(String message) {
        super(message, null, false, false);
    }
}
