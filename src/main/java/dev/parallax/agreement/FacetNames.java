package dev.parallax.agreement;

import dev.parallax.engine.NameEntry;
import dev.parallax.db.JsonColumns;
import java.util.List;
import java.util.Map;

/** A facet's canonical names with their aliases, read from its JSON column. */
public final class FacetNames {

    private FacetNames() {
    }

    public static List<NameEntry> of(Facet facet) {
        return JsonColumns.readMaps(facet.namesJson).stream().map(FacetNames::entry).toList();
    }

    @SuppressWarnings("unchecked")
    private static NameEntry entry(Map<String, Object> entry) {
        return new NameEntry((String) entry.get("canonical"), (List<String>) entry.getOrDefault("aliases", List.of()));
    }
}
