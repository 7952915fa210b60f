package dev.parallax.graphql;

import dev.parallax.db.ConnectionFailures;
import dev.parallax.db.StatementTimeouts;
import dev.parallax.domain.FetchException;
import dev.parallax.domain.InvalidInputException;
import io.smallrye.graphql.api.ErrorCode;

/**
 * The one place where failures become the API's coded errors: the domain's not-found, invalid-input and fetch failures,
 * a statement the database cut off (TIMEOUT) and an unreachable database (UNAVAILABLE).
 */
final class ApiErrors {

    private ApiErrors() {
    }

    static Throwable toApi(Throwable failure) {
        if (failure instanceof dev.parallax.domain.NotFoundException e) {
            return new NotFoundException(e.getMessage());
        }
        if (failure instanceof InvalidInputException e) {
            return new BadUserInputException(e.getMessage());
        }
        if (failure instanceof FetchException e) {
            return fetchError(e);
        }
        if (StatementTimeouts.in(failure)) {
            return RequestTimeoutException.statement();
        }
        if (ConnectionFailures.in(failure)) {
            return new UnavailableException();
        }
        return failure;
    }

    private static RuntimeException fetchError(FetchException e) {
        return switch (e.reason()) {
            case REFUSED -> new FetchRefusedException(e.getMessage());
            case FAILED -> new FetchFailedException(e.getMessage());
            case TOO_LARGE -> new FetchTooLargeException(e.getMessage());
            case TIMEOUT -> new FetchTimeoutException(e.getMessage());
            case UNSUPPORTED_CONTENT -> new UnsupportedContentException(e.getMessage());
        };
    }

    /** Failures Parallax did not raise on purpose: the client sees only "Internal error", so operators need the log. */
    static boolean unexpected(Throwable failure) {
        return failure.getClass().getAnnotation(ErrorCode.class) == null;
    }
}
