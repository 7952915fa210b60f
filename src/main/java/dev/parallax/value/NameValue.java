package dev.parallax.value;

import java.util.Objects;

/** A place or actor, named as the source wrote it. */
public record NameValue(ValueKind kind, String name) implements Value {

    public NameValue {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        if (!kind.isName()) {
            throw new IllegalArgumentException("kind: a name must be PLACE or ACTOR, not " + kind);
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("name: must not be blank");
        }
    }
}
