package dev.parallax.db;

/**
 * Recognises a statement the database cancelled (SQLSTATE 57014, query_canceled: statement_timeout, or a
 * cancel request), anywhere in a cause chain; the transaction it ran in is rolled back.
 */
public final class StatementTimeouts {

    private StatementTimeouts() {
    }

    public static boolean in(Throwable failure) {
        return SqlStates.any(failure, "57014"::equals);
    }
}
