package dev.parallax.extract;

import dev.parallax.value.QuantityUnits;
import dev.parallax.value.ValueKind;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What an import must refuse in a facet's hints beyond what compiles: a pattern that matches empty text (it would
 * stand everywhere) and {@code units} outside the value model's units for the facet's kind (they could never match).
 * Stored facets are not re-checked at extraction time.
 */
final class HintRules {

    private static final List<String> PATTERN_KEYS = List.of("cues", "follow", "precede", "exclude", "assertions", "texts");

    private HintRules() {
    }

    /** Raises IllegalArgumentException starting with {@code extract.<key>} for the first hint refused. */
    static void check(FacetHints facet, HintSpec spec) {
        for (String key : PATTERN_KEYS) {
            Object v = facet.extract().get(key);
            List<?> patterns = v instanceof List<?> list ? list : v == null ? List.of() : List.of(v);
            for (Object p : patterns) {
                if (Pattern.compile(String.valueOf(p), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher("").matches()) {
                    throw new IllegalArgumentException("extract." + key + ": facet " + facet.key() + " has a pattern '"
                            + p + "' that matches empty text");
                }
            }
        }
        if (!spec.units().isEmpty()) {
            ValueKind kind = facet.kind();
            if (kind != ValueKind.LENGTH && kind != ValueKind.DURATION) {
                throw new IllegalArgumentException("extract.units: facet " + facet.key() + " is a " + kind
                        + ", which has no units");
            }
            for (String unit : spec.units()) {
                if (!QuantityUnits.isValid(kind, unit)) {
                    throw new IllegalArgumentException("extract.units: facet " + facet.key() + " names unit '" + unit
                            + "'; a " + kind + " takes " + QuantityUnits.unitsFor(kind));
                }
            }
        }
    }
}
