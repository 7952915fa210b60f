package dev.parallax.graphql;

import io.smallrye.graphql.api.ErrorCode;

/** Something the client named by ID does not exist; reported as {@code extensions.code = NOT_FOUND}. */
@ErrorCode("NOT_FOUND")
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message, null, false, false);
    }
}
