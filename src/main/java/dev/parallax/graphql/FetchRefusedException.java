package dev.parallax.graphql;

import io.smallrye.graphql.api.ErrorCode;

/** Parallax will not fetch this address (not http(s), or not a public address); reported as {@code FETCH_REFUSED}, nothing is written. */
@ErrorCode("FETCH_REFUSED")
public class FetchRefusedException extends RuntimeException {

    public FetchRefusedException(String message) {
        super(message, null, false, false);
    }
}
