package dev.parallax.graphql;

import io.smallrye.graphql.api.ErrorCode;

/** The database cannot be reached right now; reported as {@code UNAVAILABLE}: retry later, nothing was changed. */
@ErrorCode("UNAVAILABLE")
public class UnavailableException extends RuntimeException {

    public UnavailableException() {
        super("The database is unavailable; nothing was changed. Try again shortly.", null, false, false);
    }
}
