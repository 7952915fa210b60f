package dev.parallax.graphql;

import io.smallrye.graphql.api.ErrorCode;

/** The page could not be fetched (network error, unknown host, non-2xx status, too many redirects); reported as {@code FETCH_FAILED}, nothing is written. */
@ErrorCode("FETCH_FAILED")
public class FetchFailedException extends RuntimeException {

    public FetchFailedException(String message) {
        super(message, null, false, false);
    }
}
