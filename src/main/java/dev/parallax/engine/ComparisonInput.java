package dev.parallax.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Facets in display order, sources in column order, and every claim (strays are ignored). {@code copyGroups} maps a
 * source to the group of near-duplicates it belongs to (the group's original); a source not in it is its own group.
 * A group counts as one independent source in the consensus.
 */
public record ComparisonInput(List<FacetSpec> facets, List<Long> sourceIds, List<ClaimInput> claims,
        Map<Long, Long> copyGroups) {

    public ComparisonInput(List<FacetSpec> facets, List<Long> sourceIds, List<ClaimInput> claims) {
        this(facets, sourceIds, claims, Map.of());
    }

    public ComparisonInput {
        facets = List.copyOf(facets);
        sourceIds = List.copyOf(sourceIds);
        claims = List.copyOf(claims);
        copyGroups = Map.copyOf(copyGroups);
        Set<String> keys = new HashSet<>();
        for (FacetSpec facet : facets) {
            if (!keys.add(facet.key())) {
                throw new IllegalArgumentException("facets: duplicate key " + facet.key());
            }
        }
    }

    /** The group the source counts in. */
    public long groupOf(long sourceId) {
        return copyGroups.getOrDefault(sourceId, sourceId);
    }
}
