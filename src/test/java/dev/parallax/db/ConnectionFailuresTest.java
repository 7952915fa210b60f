package dev.parallax.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.CompositeException;
import io.vertx.core.impl.NoStackTraceThrowable;
import org.hibernate.HibernateException;
import org.junit.jupiter.api.Test;

/** Which failures mean "the database is unreachable" (UNAVAILABLE) rather than an internal error. */
class ConnectionFailuresTest {

    private static final String CLOSED = "Connection is not active now, current status: CLOSED";

    @Test
    void aStatementOnAConnectionTheServerClosedIsAnOutage() {
        assertThat(ConnectionFailures.in(new HibernateException(new NoStackTraceThrowable(CLOSED)))).isTrue();
    }

    @Test
    void aFailedRollbackBesideTheLostConnectionIsAnOutage() {
        // As seen when PostgreSQL stopped in the middle of addSource: the write and its rollback both failed.
        var both = new CompositeException(new HibernateException(new NoStackTraceThrowable(CLOSED)), new NoStackTraceThrowable(CLOSED));
        assertThat(ConnectionFailures.in(both)).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(ConnectionFailures.in(new NoStackTraceThrowable("Something else"))).isFalse();
        assertThat(ConnectionFailures.in(new CompositeException(new IllegalStateException("a"), new IllegalArgumentException("b"))))
                .isFalse();
    }
}
