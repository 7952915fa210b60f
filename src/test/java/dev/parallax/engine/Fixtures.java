package dev.parallax.engine;

import dev.parallax.value.NameEntry;
import dev.parallax.value.Value;
import dev.parallax.value.ValueCodec;
import dev.parallax.value.ValueKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small builders for comparison scenarios; values are written in the seed map shape. */
final class Fixtures {

    private Fixtures() {
    }

    /** A value from alternating key/value pairs, e.g. {@code v("kind", "LENGTH", "amount", "3", "unit", "mi")}. */
    static Value v(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return ValueCodec.fromMap(map);
    }

    static Value km(String amount) {
        return v("kind", "LENGTH", "amount", amount, "unit", "km");
    }

    static Value mi(String amount) {
        return v("kind", "LENGTH", "amount", amount, "unit", "mi");
    }

    static Value count(String amount) {
        return v("kind", "COUNT", "amount", amount);
    }

    static Value count(String amount, String approx) {
        return v("kind", "COUNT", "amount", amount, "approx", approx);
    }

    static Value place(String name) {
        return v("kind", "PLACE", "name", name);
    }

    static FacetSpec clauseFacet(String key, Value expected) {
        return new FacetSpec(key, key, expected.kind(), "1", expected, List.of(), List.of());
    }

    static FacetSpec clauseFacet(String key, Value expected, NameEntry... names) {
        return new FacetSpec(key, key, expected.kind(), "1", expected, List.of(), Arrays.asList(names));
    }

    static FacetSpec sumFacet(String key, ValueKind kind, String... parts) {
        return new FacetSpec(key, key, kind, "2", null, List.of(parts), List.of());
    }

    static FacetSpec contextFacet(String key, ValueKind kind, NameEntry... names) {
        return new FacetSpec(key, key, kind, null, null, List.of(), Arrays.asList(names));
    }

    static NameEntry names(String canonical, String... aliases) {
        return new NameEntry(canonical, List.of(aliases));
    }

    /** Builds an input: facets, sources 1..n, and claims. */
    static final class Scenario {
        private final List<FacetSpec> facets = new ArrayList<>();
        private final List<Long> sources = new ArrayList<>();
        private final List<ClaimInput> claims = new ArrayList<>();

        Scenario facet(FacetSpec facet) {
            facets.add(facet);
            return this;
        }

        Scenario sources(long... ids) {
            for (long id : ids) {
                sources.add(id);
            }
            return this;
        }

        Scenario claim(long source, String facetKey, Value value) {
            claims.add(new ClaimInput(100 + claims.size(), source, facetKey, value));
            return this;
        }

        ComparisonInput input() {
            return new ComparisonInput(facets, sources, claims);
        }

        ComparisonResult run() {
            return ComparisonEngine.compare(input());
        }

        Row row(String facetKey) {
            return run().rows().stream().filter(r -> r.facet().key().equals(facetKey)).findFirst().orElseThrow();
        }

        Cell cell(String facetKey, long source) {
            return row(facetKey).cells().stream().filter(c -> c.sourceId() == source).findFirst().orElseThrow();
        }
    }
}
