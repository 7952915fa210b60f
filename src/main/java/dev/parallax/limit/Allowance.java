package dev.parallax.limit;

/** A client's budget as it stands: points per window, points used, and when the window ends (epoch millis). */
public record Allowance(long limit, long used, long resetAtMillis) {

    public long remaining() {
        return Math.max(0, limit - used);
    }

    /** Whole seconds until the window ends, at least 1: what {@code Retry-After} says. */
    public long secondsUntilReset(long nowMillis) {
        return Math.max(1, (resetAtMillis - nowMillis + 999) / 1000);
    }
}
