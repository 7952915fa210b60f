package dev.parallax.comparison;

import dev.parallax.agreement.Facet;
import dev.parallax.claim.Claim;
import dev.parallax.engine.ClaimInput;
import dev.parallax.engine.FacetSpec;
import java.util.Map;

/** Maps persisted facets and claims to the pure engine's inputs. */
final class EngineInputs {

    private EngineInputs() {
    }

    static FacetSpec facet(Facet f) {
        return new FacetSpec(f.key, f.label, f.kind, f.clause == null ? null : f.clause.number, f.expected, f.sumOf,
                f.names);
    }

    static ClaimInput claim(Claim c, Map<Long, String> facetKeysById) {
        return new ClaimInput(c.id, c.sourceId, facetKeysById.get(c.facetId), c.value);
    }
}
