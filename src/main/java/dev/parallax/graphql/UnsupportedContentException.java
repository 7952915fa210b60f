package dev.parallax.graphql;

import io.smallrye.graphql.api.ErrorCode;

/** The page is not HTML or plain text, or holds no readable text; reported as {@code UNSUPPORTED_CONTENT}, nothing is written. */
@ErrorCode("UNSUPPORTED_CONTENT")
public class UnsupportedContentException extends RuntimeException {

    public UnsupportedContentException(String message) {
        super(message, null, false, false);
    }
}
