package dev.parallax.value;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;

/** A moment with its stated offset and a tolerance either side ("midnight" = PT5M). */
public record InstantValue(OffsetDateTime at, Duration tolerance) implements Value {

    /**
     * The widest tolerance: as many minutes as a GraphQL Int holds (about 4,083 years), far wider than any hedge,
     * and two tolerances and any gap still add up without overflow.
     */
    public static final Duration MAX_TOLERANCE = Duration.ofMinutes(Integer.MAX_VALUE);

    public InstantValue {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(tolerance, "tolerance");
        if (!inRange(at)) {
            throw new IllegalArgumentException("at: must lie in the years " + DateValue.EARLIEST.getYear() + " to "
                    + DateValue.LATEST.getYear() + ", also in UTC; got " + at);
        }
        if (tolerance.isNegative()) {
            throw new IllegalArgumentException("tolerance: must be >= 0, got " + tolerance);
        }
        if (tolerance.compareTo(MAX_TOLERANCE) > 0) {
            throw new IllegalArgumentException("tolerance: must be at most " + MAX_TOLERANCE.toMinutes() + " minutes, got "
                    + tolerance);
        }
    }

    /** True when the moment, as stated and in UTC, lies within the dates a {@link DateValue} may hold. */
    public static boolean inRange(OffsetDateTime at) {
        // OffsetDateTime.MIN (+18:00) has no UTC form: the stated date alone is not enough.
        Instant utc = at.toInstant();
        return DateValue.inRange(at.toLocalDate())
                && !utc.isBefore(DateValue.EARLIEST_UTC) && utc.isBefore(DateValue.AFTER_LATEST_UTC);
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
