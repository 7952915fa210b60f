package dev.parallax.shingle;

/** Counts the elementary steps of a computation, so tests can check how its cost grows with the input. */
public final class Operations {

    /** A counter that counts nothing, for callers that do not measure. */
    public static final Operations NONE = new Operations();

    private long count;

    public void add(long steps) {
        if (this != NONE) {
            count += steps;
        }
    }

    public long count() {
        return count;
    }
}
