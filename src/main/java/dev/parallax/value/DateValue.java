package dev.parallax.value;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/** A calendar date. */
public record DateValue(LocalDate date) implements Value {

    /** The first date a value may state: four-digit years, which PostgreSQL, ISO-8601 clients and formats all hold. */
    public static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);
    /** The last date a value may state. */
    public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);
    static final Instant EARLIEST_UTC = EARLIEST.atStartOfDay().toInstant(ZoneOffset.UTC);
    static final Instant AFTER_LATEST_UTC = LATEST.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);

    public DateValue {
        Objects.requireNonNull(date, "date");
        if (!inRange(date)) {
            throw new IllegalArgumentException("date: must lie in the years " + EARLIEST.getYear() + " to "
                    + LATEST.getYear() + ", got " + date);
        }
    }

    /** True for dates from {@link #EARLIEST} to {@link #LATEST}. */
    public static boolean inRange(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    @Override
    public ValueKind kind() {
        return ValueKind.DATE;
    }
}
