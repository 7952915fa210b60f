package dev.parallax.auth;

import io.smallrye.graphql.api.ErrorCode;

/** The caller is known but lacks the role an operation needs; reported as {@code FORBIDDEN}. */
@ErrorCode("FORBIDDEN")
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message, null, false, false);
    }
}
