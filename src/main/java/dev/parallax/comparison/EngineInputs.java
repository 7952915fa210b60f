package dev.parallax.comparison;

import dev.parallax.agreement.Facet;
import dev.parallax.claim.Claim;
import dev.parallax.engine.ClaimInput;
import dev.parallax.engine.FacetSpec;
import dev.parallax.source.Source;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Maps persisted facets and claims to the pure engine's inputs. */
final class EngineInputs {

    private EngineInputs() {
    }

    static FacetSpec facet(Facet f) {
        return new FacetSpec(f.key, f.label, f.kind, f.clause == null ? null : f.clause.number, f.expected, f.sumOf,
                f.names);
    }

    /** Each source's group of near-duplicates (the group's original), where it belongs to one. */
    static Map<Long, Long> copyGroups(List<Source> sources) {
        Map<Long, Long> groups = new HashMap<>();
        sources.stream().filter(s -> s.copyGroup != null && !s.copyGroup.equals(s.id))
                .forEach(s -> groups.put(s.id, s.copyGroup));
        return groups;
    }

    static ClaimInput claim(Claim c, Map<Long, String> facetKeysById) {
        return new ClaimInput(c.id, c.sourceId, facetKeysById.get(c.facetId), c.value);
    }
}
