package dev.parallax.value;

import java.time.LocalDate;
import java.util.Objects;

/** A calendar date. */
public record DateValue(LocalDate date) implements Value {

    public DateValue {
        Objects.requireNonNull(date, "date");
    }

    @Override
    public ValueKind kind() {
        return ValueKind.DATE;
    }
}
