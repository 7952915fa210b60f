package dev.parallax.db;

import io.vertx.pgclient.PgException;
import java.sql.SQLException;
import java.util.function.Predicate;

/** Finds a SQLSTATE anywhere in a failure's cause chain, whether the reactive client, JDBC or Hibernate raised it. */
final class SqlStates {

    private SqlStates() {
    }

    static boolean any(Throwable failure, Predicate<String> matches) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String state = stateOf(t);
            if (state != null && matches.test(state)) {
                return true;
            }
        }
        return false;
    }

    private static String stateOf(Throwable t) {
        if (t instanceof PgException pg) {
            return pg.getSqlState();
        }
        if (t instanceof SQLException sql) {
            return sql.getSQLState();
        }
        if (t instanceof org.hibernate.JDBCException jdbc) {
            return jdbc.getSQLState();
        }
        return null;
    }
}
