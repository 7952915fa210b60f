package dev.parallax.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.domain.InvalidInputException;
import dev.parallax.domain.NotFoundException;
import io.smallrye.graphql.api.ErrorCode;
import io.vertx.pgclient.PgException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

/** The one mapping from failures to the API's codes, without a server. */
class ApiErrorsTest {

    private static String codeOf(Throwable failure) {
        ErrorCode code = ApiErrors.toApi(failure).getClass().getAnnotation(ErrorCode.class);
        return code == null ? "INTERNAL_SERVER_ERROR" : code.value();
    }

    @Test
    void domainFailuresKeepTheirMessageAndGetTheirCode() {
        assertThat(codeOf(new NotFoundException("No claim with this ID"))).isEqualTo("NOT_FOUND");
        assertThat(codeOf(new InvalidInputException("first must be between 1 and 100, was 0"))).isEqualTo("BAD_USER_INPUT");
        assertThat(ApiErrors.toApi(new InvalidInputException("why")).getMessage()).isEqualTo("why");
    }

    @Test
    void databaseFaultsBecomeTimeoutOrUnavailable() {
        assertThat(codeOf(new RuntimeException(new PgException("canceling statement", "ERROR", "57014", null))))
                .isEqualTo("TIMEOUT");
        assertThat(codeOf(new RuntimeException(new ConnectException("Connection refused")))).isEqualTo("UNAVAILABLE");
    }

    @Test
    void anythingElseStaysUnexpectedAndIsLogged() {
        IllegalStateException bug = new IllegalStateException("a bug");
        assertThat(ApiErrors.toApi(bug)).isSameAs(bug);
        assertThat(ApiErrors.unexpected(bug)).isTrue();
        assertThat(ApiErrors.unexpected(ApiErrors.toApi(new NotFoundException("x")))).isFalse();
    }
}
