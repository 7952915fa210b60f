package dev.parallax.db;

import java.sql.SQLException;

/**
 * Recognises a statement the database cancelled (SQLSTATE 57014, query_canceled: statement_timeout, or a
 * cancel request), anywhere in a cause chain; the transaction it ran in is rolled back.
 */
public final class StatementTimeouts {

    private static final String SQL_STATE = "57014";

    private StatementTimeouts() {
    }

    public static boolean in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof io.vertx.pgclient.PgException pg && SQL_STATE.equals(pg.getSqlState())) {
                return true;
            }
            if (t instanceof SQLException sql && SQL_STATE.equals(sql.getSQLState())) {
                return true;
            }
            if (t instanceof org.hibernate.JDBCException jdbc && SQL_STATE.equals(jdbc.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
