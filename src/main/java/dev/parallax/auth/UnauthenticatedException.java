package dev.parallax.auth;

import io.smallrye.graphql.api.ErrorCode;

/** No usable bearer token came with a request that needs one; reported as {@code UNAUTHENTICATED}. */
@ErrorCode("UNAUTHENTICATED")
public class UnauthenticatedException extends RuntimeException {

    public UnauthenticatedException(String message) {
        super(message, null, false, false);
    }
}
