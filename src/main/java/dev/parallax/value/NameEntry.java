package dev.parallax.value;

import java.util.List;
import java.util.Objects;

/** A canonical place or actor name with the other spellings that mean it. */
public record NameEntry(String canonical, List<String> aliases) {

    public NameEntry {
        Objects.requireNonNull(canonical, "canonical");
        if (canonical.isBlank()) {
            throw new IllegalArgumentException("canonical: must not be blank");
        }
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
