package dev.parallax.engine;

import dev.parallax.value.NameEntry;
import dev.parallax.value.Value;
import dev.parallax.value.ValueKind;
import java.util.List;
import java.util.Objects;

/** One checkable point of an agreement; clauseNumber, expected may be null, sumOf lists parts of a derived facet. */
public record FacetSpec(String key, String label, ValueKind kind, String clauseNumber, Value expected,
                        List<String> sumOf, List<NameEntry> names) {

    public FacetSpec {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        if (key.isBlank()) {
            throw new IllegalArgumentException("key: must not be blank");
        }
        label = label == null ? key : label;
        sumOf = sumOf == null ? List.of() : List.copyOf(sumOf);
        names = names == null ? List.of() : List.copyOf(names);
        if (expected != null && expected.kind() != kind) {
            throw new IllegalArgumentException("expected: facet " + key + " is " + kind + " but its expected value is "
                    + expected.kind());
        }
        if (!sumOf.isEmpty() && !kind.isQuantity()) {
            throw new IllegalArgumentException("sumOf: facet " + key + " is " + kind
                    + "; only quantity facets (COUNT, LENGTH, DURATION, PERCENT, MASS) can be sums");
        }
    }

    public boolean isDerived() {
        return !sumOf.isEmpty();
    }
}
