package dev.parallax.graphql;

import io.smallrye.graphql.api.ErrorCode;

/** The client sent an argument that cannot be used; reported as {@code extensions.code = BAD_USER_INPUT}. */
@ErrorCode("BAD_USER_INPUT")
public class BadUserInputException extends RuntimeException {

    public BadUserInputException(String message) {
        super(message, null, false, false);
    }
}
