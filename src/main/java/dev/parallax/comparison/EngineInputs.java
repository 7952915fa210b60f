package dev.parallax.comparison;

import dev.parallax.agreement.Facet;
import dev.parallax.agreement.FacetNames;
import dev.parallax.claim.Claim;
import dev.parallax.engine.ClaimInput;
import dev.parallax.engine.FacetSpec;
import dev.parallax.db.JsonColumns;
import dev.parallax.value.ValueCodec;
import java.util.Map;

/** Maps persisted facets and claims to the pure engine's inputs. */
final class EngineInputs {

    private EngineInputs() {
    }

    static FacetSpec facet(Facet f) {
        return new FacetSpec(f.key, f.label, f.kind,
                f.clause == null ? null : f.clause.number,
                f.expectedJson == null ? null : ValueCodec.fromMap(JsonColumns.readMap(f.expectedJson)),
                JsonColumns.readStrings(f.sumOfJson),
                FacetNames.of(f));
    }

    static ClaimInput claim(Claim c, Map<Long, String> facetKeysById) {
        return new ClaimInput(c.id, c.sourceId, facetKeysById.get(c.facetId),
                ValueCodec.fromMap(JsonColumns.readMap(c.valueJson)));
    }
}
