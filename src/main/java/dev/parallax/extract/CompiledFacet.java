package dev.parallax.extract;

import dev.parallax.value.ValueKind;
import java.util.List;

/** One facet as an extract call uses it: its position in the input, key, kind, and compiled hints and names. */
record CompiledFacet(int index, String key, ValueKind kind, HintSpec spec, NameFinder names) {

    /** Compiles the hints; a bad key or pattern raises IllegalArgumentException naming facet and key. */
    static CompiledFacet compile(int index, FacetHints facet) {
        ValueKind kind = facet.kind();
        NameFinder names = new NameFinder(kind, kind.isName() ? facet.names() : List.of());
        return new CompiledFacet(index, facet.key(), kind, HintSpec.parse(facet.key(), facet.extract()), names);
    }
}
