package dev.parallax.db;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.net.ConnectException;
import java.nio.channels.ClosedChannelException;

/** Recognises failures that mean "the database is unreachable", as opposed to a bad statement or data. */
public final class ConnectionFailures {

    private ConnectionFailures() {
    }

    public static boolean in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException || t instanceof ClosedConnectionException
                    || t instanceof ClosedChannelException || t instanceof io.netty.channel.ConnectTimeoutException) {
                return true;
            }
            // 08: connection exception; 57P01-57P03: admin/crash shutdown, cannot connect now (starting up).
            if (t instanceof PgException pg && pg.getSqlState() != null
                    && (pg.getSqlState().startsWith("08") || pg.getSqlState().startsWith("57P"))) {
                return true;
            }
            if (t.getClass().getName().equals("io.vertx.core.impl.NoStackTraceTimeoutException")
                    || t.getClass().getName().endsWith("ConnectionPoolTooBusyException")) {
                return true;
            }
        }
        return false;
    }
}
