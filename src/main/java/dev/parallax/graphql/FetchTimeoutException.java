package dev.parallax.graphql;

import io.smallrye.graphql.api.ErrorCode;

/** The page did not arrive in time; reported as {@code FETCH_TIMEOUT}, nothing is written. */
@ErrorCode("FETCH_TIMEOUT")
public class FetchTimeoutException extends RuntimeException {

    public FetchTimeoutException(String message) {
        super(message, null, false, false);
    }
}
