package dev.parallax.engine;

import dev.parallax.value.Approximation;
import dev.parallax.value.Quantity;
import dev.parallax.value.QuantityUnits;
import dev.parallax.value.Value;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Sums for derived (sumOf) facets: the agreement's expected total and a source's part claims. */
final class DerivedSums {

    private static final MathContext CONVERTED = new MathContext(12);

    private DerivedSums() {
    }

    /** The sum of the parts' expected quantities (e.g. 6 km + 6 km = 12 km), or null if a part has none or it is too long. */
    static Value expectedSum(FacetSpec facet, Map<String, FacetSpec> facetsByKey) {
        if (!facet.isDerived()) {
            return null;
        }
        List<Quantity> parts = new ArrayList<>();
        for (String key : facet.sumOf()) {
            FacetSpec part = facetsByKey.get(key);
            if (part == null || !(part.expected() instanceof Quantity q) || q.kind() != facet.kind() || q.isRange()) {
                return null;
            }
            parts.add(q);
        }
        String unit = parts.stream().map(Quantity::unit).distinct().count() == 1
                ? parts.get(0).unit() : QuantityUnits.canonicalUnit(facet.kind());
        BigDecimal total = BigDecimal.ZERO;
        for (Quantity q : parts) {
            total = total.add(in(q, unit));
        }
        // Parts near the digit limit can sum (or convert) past it: such a total is no expected value.
        if (!Quantity.fits(total) || !Quantity.withinLimit(facet.kind(), total, unit)) {
            return null;
        }
        return new Quantity(facet.kind(), total, unit, combined(parts));
    }

    /** For each part, the source's first quantity claim of the facet's kind; empty if any part lacks one. */
    static Optional<List<ClaimInput>> partClaims(FacetSpec facet, Map<String, List<ClaimInput>> claimsByFacet) {
        List<ClaimInput> used = new ArrayList<>();
        for (String key : facet.sumOf()) {
            Optional<ClaimInput> first = claimsByFacet.getOrDefault(key, List.of()).stream()
                    .filter(c -> c.value() instanceof Quantity q && q.kind() == facet.kind())
                    .findFirst();
            if (first.isEmpty()) {
                return Optional.empty();
            }
            used.add(first.get());
        }
        return Optional.of(used);
    }

    private static BigDecimal in(Quantity q, String unit) {
        if (q.unit().equals(unit)) {
            return q.amount();
        }
        double converted = QuantityUnits.convert(q.amount().doubleValue(), q.kind(), q.unit(), unit);
        return new BigDecimal(converted, CONVERTED).stripTrailingZeros();
    }

    // Parts that share an approximation keep it in the sum; a mix can only be "about" the total.
    private static Approximation combined(List<Quantity> parts) {
        Approximation first = parts.get(0).approximation();
        boolean same = parts.stream().allMatch(q -> q.approximation() == first);
        return same ? first : Approximation.ABOUT;
    }
}
