package dev.parallax.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The extractor on the seed corpus: every clause-facet claim of claims.yaml is found, at its place, with its value. */
class SeedExtractionTest {

    private static SeedFixtures seeds;

    @BeforeAll
    static void load() {
        seeds = SeedFixtures.load();
    }

    @Test
    void findsEveryCuratedClauseClaimWithOverlappingOffsetsAndAgreeingValue() {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (String file : seeds.sources) {
            List<SuggestedClaim> suggested = Extractor.extract(seeds.input(file));
            for (SeedFixtures.Curated c : seeds.curatedFor(file)) {
                if (!seeds.isClause(c.facet())) {
                    continue;
                }
                checked++;
                if (suggested.stream().noneMatch(s -> seeds.matches(s, c))) {
                    missing.add(file + " " + c.facet() + " '" + c.exact() + "' @" + c.start() + " " + c.value());
                }
            }
        }
        assertEquals(44, checked, "clause-facet claims in claims.yaml");
        assertTrue(missing.isEmpty(), () -> "not found:\n" + String.join("\n", missing));
    }

    @Test
    void everySuggestionQuotesTheTextAtItsOffsets() {
        for (String file : seeds.sources) {
            ExtractionInput in = seeds.input(file);
            for (SuggestedClaim s : Extractor.extract(in)) {
                assertEquals(s.exact(), in.text().substring(s.start(), s.end()), s::toString);
                assertTrue(s.confidence() > 0 && s.confidence() <= 1, s::toString);
                assertTrue(!s.rule().isBlank(), s::toString);
            }
        }
    }

    @Test
    void meetsTheQualityTargets() {
        ExtractionEvaluation.Figures f = ExtractionEvaluation.evaluate(seeds);
        assertTrue(f.clause().precision() >= 0.9, () -> "clause precision " + f.clause().precision()
                + "; false positives: " + f.falsePositives());
        assertTrue(f.clause().recall() >= 0.8, () -> "clause recall " + f.clause().recall() + "; misses: "
                + f.misses());
        assertTrue(f.cellAgreement() >= 0.95, () -> "cell agreement " + f.cellAgreement() + ": "
                + f.disagreements());
    }

    @Test
    void isDeterministic() {
        for (String file : seeds.sources) {
            assertEquals(Extractor.extract(seeds.input(file)), Extractor.extract(seeds.input(file)));
        }
    }

    @Test
    void attributesTheCeasefireStatementsAsCurated() {
        List<SuggestedClaim> first = Extractor.extract(seeds.input(seeds.sources.get(1)));
        SuggestedClaim start = first.stream().filter(s -> s.facetKey().equals("ceasefire-start")).findFirst()
                .orElseThrow();
        SeedFixtures.Curated curated = seeds.curatedFor(seeds.sources.get(1)).stream()
                .filter(c -> c.facet().equals("ceasefire-start")).findFirst().orElseThrow();
        assertEquals(curated.attributedTo(), start.attributedTo());
    }
}
