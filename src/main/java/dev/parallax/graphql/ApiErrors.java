package dev.parallax.graphql;

import dev.parallax.db.ConnectionFailures;
import dev.parallax.db.StatementTimeouts;
import dev.parallax.domain.InvalidInputException;
import io.smallrye.graphql.api.ErrorCode;

/**
 * The one place where failures become the API's coded errors: the domain's not-found and invalid-input,
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
        if (StatementTimeouts.in(failure)) {
            return RequestTimeoutException.statement();
        }
        if (ConnectionFailures.in(failure)) {
            return new UnavailableException();
        }
        return failure;
    }

    /** Failures Parallax did not raise on purpose: the client sees only "Internal error", so operators need the log. */
    static boolean unexpected(Throwable failure) {
        return failure.getClass().getAnnotation(ErrorCode.class) == null;
    }
}
