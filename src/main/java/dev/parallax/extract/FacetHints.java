package dev.parallax.extract;

import dev.parallax.value.NameEntry;
import dev.parallax.value.ValueKind;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the extractor knows about one facet: its kind, its names (PLACE/ACTOR), its data-driven hints
 * ({@code extract:} in agreement.yaml; schema in seeds/README.md, section "Extraction hints") and the agreement's own
 * words about it (label, description, clause), which align values with a facet that has no hints.
 */
public record FacetHints(String key, ValueKind kind, List<NameEntry> names, Map<String, Object> extract,
                         FacetWords words) {

    public FacetHints {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        names = names == null ? List.of() : List.copyOf(names);
        extract = extract == null ? Map.of() : Map.copyOf(extract);
        words = words == null ? FacetWords.NONE : words;
    }

    /** A facet known only by its kind, names and hints. */
    public FacetHints(String key, ValueKind kind, List<NameEntry> names, Map<String, Object> extract) {
        this(key, kind, names, extract, FacetWords.NONE);
    }
}
