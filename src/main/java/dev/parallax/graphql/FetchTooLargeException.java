package dev.parallax.graphql;

import io.smallrye.graphql.api.ErrorCode;

/** The page is larger than Parallax accepts; reported as {@code FETCH_TOO_LARGE}, nothing is written. */
@ErrorCode("FETCH_TOO_LARGE")
public class FetchTooLargeException extends RuntimeException {

    public FetchTooLargeException(String message) {
        super(message, null, false, false);
    }
}
