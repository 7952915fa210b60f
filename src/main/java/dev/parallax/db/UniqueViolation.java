package dev.parallax.db;

import java.sql.SQLException;

/** Recognises a PostgreSQL unique-constraint violation (SQLSTATE 23505) anywhere in a cause chain. */
public final class UniqueViolation {

    private static final String SQL_STATE = "23505";

    private UniqueViolation() {
    }

    public static boolean in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof io.vertx.pgclient.PgException pg && SQL_STATE.equals(pg.getSqlState())) {
                return true;
            }
            if (t instanceof SQLException sql && SQL_STATE.equals(sql.getSQLState())) {
                return true;
            }
            if (t instanceof org.hibernate.exception.ConstraintViolationException cv && SQL_STATE.equals(cv.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
