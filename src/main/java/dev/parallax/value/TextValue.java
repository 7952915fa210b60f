package dev.parallax.value;

import java.util.Objects;

/** Speaks to the point without a checkable value ("at a later date"). */
public record TextValue(String text) implements Value {

    public TextValue {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("text: must not be blank");
        }
    }

    @Override
    public ValueKind kind() {
        return ValueKind.TEXT;
    }
}
