package dev.parallax.db;

import io.smallrye.mutiny.CompositeException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.io.IOException;

/** Recognises failures that mean "the database is unreachable", as opposed to a bad statement or data. */
public final class ConnectionFailures {

    private ConnectionFailures() {
    }

    public static boolean in(Throwable failure) {
        // 08: connection exception; 57P01-57P03: admin/crash shutdown, cannot connect now (starting up).
        return SqlStates.any(failure, state -> state.startsWith("08") || state.startsWith("57P")) || network(failure);
    }

    private static boolean network(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // A failed rollback after a lost connection arrives with the original failure beside it.
            if (t instanceof CompositeException composite && composite.getCauses().stream().anyMatch(ConnectionFailures::in)) {
                return true;
            }
            // The client's answer to a statement on a connection the server has just closed.
            if (t.getClass().getName().equals("io.vertx.core.impl.NoStackTraceThrowable") && t.getMessage() != null
                    && t.getMessage().startsWith("Connection is not active now")) {
                return true;
            }
            // Refused, reset, broken pipe, closed channel: on the way to the database, any I/O failure is the network's.
            if (t instanceof IOException || t instanceof ClosedConnectionException
                    || t instanceof io.netty.channel.ConnectTimeoutException
                    || t.getClass().getName().equals("io.vertx.core.impl.NoStackTraceTimeoutException")
                    || t.getClass().getName().endsWith("ConnectionPoolTooBusyException")) {
                return true;
            }
        }
        return false;
    }
}
