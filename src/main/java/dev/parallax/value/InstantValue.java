package dev.parallax.value;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;

/** A moment with its stated offset and a tolerance either side ("midnight" = PT5M). */
public record InstantValue(OffsetDateTime at, Duration tolerance) implements Value {

    public InstantValue {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(tolerance, "tolerance");
        if (tolerance.isNegative()) {
            throw new IllegalArgumentException("tolerance: must be >= 0, got " + tolerance);
        }
    }

    /** A moment stated without tolerance. */
    public InstantValue(OffsetDateTime at) {
        this(at, Duration.ZERO);
    }

    @Override
    public ValueKind kind() {
        return ValueKind.INSTANT;
    }
}
