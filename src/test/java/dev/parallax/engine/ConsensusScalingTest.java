package dev.parallax.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.value.NameEntry;
import dev.parallax.value.NameValue;
import dev.parallax.value.Quantity;
import dev.parallax.value.Value;
import dev.parallax.value.ValueKind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** A row's consensus costs work in proportion to its readings, not their pairs: counted, never timed. */
class ConsensusScalingTest {

    /** Comparisons and name normalisations one consensus took. */
    private record Work(long comparisons, long normalisations, Consensus consensus) {
        long total() {
            return comparisons + normalisations;
        }
    }

    private static Work work(ValueKind kind, List<NameEntry> names, int sources, IntFunction<Value> valueOf) {
        FacetSpec facet = new FacetSpec("f", "f", kind, null, null, List.of(), names);
        NameResolver resolver = new NameResolver(names);
        FacetContext ctx = new FacetContext(facet, null, false, resolver);
        List<Judgement> judgements = new ArrayList<>();
        for (int s = 0; s < sources; s++) {
            // two readings per source: the work must not grow with their pairs either
            List<Reading> readings = List.of(Reading.stated(valueOf.apply(2 * s)), Reading.stated(valueOf.apply(2 * s + 1)));
            judgements.add(new Judgement(new Cell(s + 1, Verdict.REPORTS, "reports", List.of(), false), readings));
        }
        long before = resolver.normalisations();
        long[] comparisons = {0};
        ConsensusRules.Decision decision = ConsensusRules.decide(ctx, judgements, (a, b) -> {
            comparisons[0]++;
            return ValueMatcher.compare(a, b, resolver);
        });
        return new Work(comparisons[0], resolver.normalisations() - before, decision.consensus());
    }

    private static void assertLinear(Consensus expected, ValueKind kind, List<NameEntry> names,
            IntFunction<IntFunction<Value>> valuesForSources) {
        int n = 250;
        Work small = work(kind, names, n, valuesForSources.apply(n));
        Work large = work(kind, names, 4 * n, valuesForSources.apply(4 * n));
        assertEquals(expected, small.consensus());
        assertEquals(expected, large.consensus());
        assertTrue(large.total() <= 5 * small.total(),
                "work for n: " + small + ", for 4n: " + large + " (pairwise would be 16 times)");
        assertTrue(large.total() <= 20L * 4 * n, "a few operations per reading: " + large);
    }

    @Test
    void agreeingQuantitiesCostLinearWork() {
        assertLinear(Consensus.AGREED, ValueKind.COUNT, List.of(),
                n -> i -> Quantity.of(ValueKind.COUNT, i % 2 == 0 ? "29" : "29.2", ""));
    }

    @Test
    void aDisagreementOnlyInTheLastSourceCostsLinearWork() {
        assertLinear(Consensus.DISPUTED, ValueKind.LENGTH, List.of(),
                n -> i -> Quantity.of(ValueKind.LENGTH, i >= 2 * n - 1 ? "9" : "6", "km"));
    }

    @Test
    void namesAreNormalisedOncePerSpelling() {
        // every source spells the place differently (white space), all meaning the same place
        assertLinear(Consensus.AGREED, ValueKind.PLACE,
                List.of(new NameEntry("northwestern Syria", List.of("north-western Syria"))),
                n -> i -> new NameValue(ValueKind.PLACE, "north-western" + " ".repeat(1 + i) + "Syria"));
    }

    @Test
    void aLateDifferentNameCostsLinearWork() {
        assertLinear(Consensus.DISPUTED, ValueKind.PLACE, List.of(),
                n -> i -> new NameValue(ValueKind.PLACE, i >= 2 * n - 1 ? "Idlib" : "Aleppo" + " ".repeat(1 + i)));
    }
}
