package dev.parallax.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Facets in display order, sources in column order, and every claim (strays are ignored). */
public record ComparisonInput(List<FacetSpec> facets, List<Long> sourceIds, List<ClaimInput> claims) {

    public ComparisonInput {
        facets = List.copyOf(facets);
        sourceIds = List.copyOf(sourceIds);
        claims = List.copyOf(claims);
        Set<String> keys = new HashSet<>();
        for (FacetSpec facet : facets) {
            if (!keys.add(facet.key())) {
                throw new IllegalArgumentException("facets: duplicate key " + facet.key());
            }
        }
    }
}
