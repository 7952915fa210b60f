package dev.parallax.graphql;

import io.smallrye.graphql.api.ErrorCode;

/** A resolver ran past the request time limit and was cancelled; reported as {@code TIMEOUT}. */
@ErrorCode("TIMEOUT")
public class RequestTimeoutException extends RuntimeException {

    public RequestTimeoutException(long seconds) {
        super("The request took longer than " + seconds + " s and was cancelled.", null, false, false);
    }

    /** The database cut off one of the resolver's statements at its own limit; its transaction was rolled back. */
    public static RequestTimeoutException statement() {
        return new RequestTimeoutException("A database statement of this request took too long and was cancelled;"
                + " nothing was changed.");
    }

    private RequestTimeoutException(String message) {
        super(message, null, false, false);
    }
}
