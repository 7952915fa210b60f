package dev.parallax.graphql;

import io.smallrye.graphql.api.ErrorCode;

/** A resolver ran past the request time limit and was cancelled; reported as {@code TIMEOUT}. */
@ErrorCode("TIMEOUT")
public class RequestTimeoutException extends RuntimeException {

    public RequestTimeoutException(long seconds) {
        super("The request took longer than " + seconds + " s and was cancelled.", null, false, false);
    }
}
