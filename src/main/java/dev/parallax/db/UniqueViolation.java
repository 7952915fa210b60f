package dev.parallax.db;

/** Recognises a PostgreSQL unique-constraint violation (SQLSTATE 23505) anywhere in a cause chain. */
public final class UniqueViolation {

    private UniqueViolation() {
    }

    public static boolean in(Throwable failure) {
        return SqlStates.any(failure, "23505"::equals);
    }
}
