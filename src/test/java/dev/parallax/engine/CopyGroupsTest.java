package dev.parallax.engine;

import static dev.parallax.engine.Fixtures.clauseFacet;
import static dev.parallax.engine.Fixtures.contextFacet;
import static dev.parallax.engine.Fixtures.count;
import static dev.parallax.engine.Fixtures.km;
import static dev.parallax.engine.Fixtures.mi;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.engine.Fixtures.Scenario;
import dev.parallax.value.ValueKind;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Near-duplicate copies count once in a row's consensus, and a copy that changed a value is reported. */
class CopyGroupsTest {

    private static Row row(Scenario s, Map<Long, Long> groups, String facet) {
        ComparisonInput plain = s.input();
        return ComparisonEngine.compare(new ComparisonInput(plain.facets(), plain.sourceIds(), plain.claims(), groups))
                .rows().stream().filter(r -> r.facet().key().equals(facet)).findFirst().orElseThrow();
    }

    private static Scenario wireAndReprints() {
        // 1 is the wire story, 2 and 3 its reprints (3 restates 12 km as 7 miles), 4 and 5 report on their own.
        return new Scenario().facet(clauseFacet("width", km("12")))
                .sources(1, 2, 3, 4, 5)
                .claim(1, "width", km("12")).claim(2, "width", km("12")).claim(3, "width", mi("7"))
                .claim(4, "width", km("12")).claim(5, "width", km("12"));
    }

    @Test
    void copiesOfOneOriginalAreOneVote() {
        Row row = row(wireAndReprints(), Map.of(2L, 1L, 3L, 1L), "width");
        assertThat(row.consensus()).isEqualTo(Consensus.AGREED);
        assertThat(row.consensusExplanation()).isEqualTo("agreed by 3 independent sources; 2 more are copies");
        assertThat(row.independentSources()).isEqualTo(3);
        assertThat(row.copies()).isEqualTo(2);
        assertThat(row.cells()).hasSize(5);
    }

    @Test
    void aCopyThatChangedAValueIsAFinding() {
        Row row = row(wireAndReprints(), Map.of(2L, 1L, 3L, 1L), "width");
        assertThat(row.copyChanges()).containsExactly(Map.entry(3L, "copy changed 12 km to 7 mi"));
    }

    @Test
    void anOriginalAndItsCopiesAloneAreASingleSource() {
        Scenario s = new Scenario().facet(contextFacet("killed", ValueKind.COUNT)).sources(1, 2, 3)
                .claim(1, "killed", count("33")).claim(2, "killed", count("33")).claim(3, "killed", count("33"));
        Row row = row(s, Map.of(2L, 1L, 3L, 1L), "killed");
        assertThat(row.consensus()).isEqualTo(Consensus.SINGLE_SOURCE);
        assertThat(row.consensusExplanation())
                .isEqualTo("only one independent source reports this point; 2 more are copies");
        assertThat(row.copyChanges()).isEmpty();
    }

    @Test
    void aCopyThatContradictsItsOriginalStillMakesTheRowDisputed() {
        Scenario s = new Scenario().facet(contextFacet("killed", ValueKind.COUNT)).sources(1, 2)
                .claim(1, "killed", count("33")).claim(2, "killed", count("29"));
        Row row = row(s, Map.of(2L, 1L), "killed");
        assertThat(row.consensus()).isEqualTo(Consensus.DISPUTED);
        assertThat(row.copyChanges()).containsExactly(Map.entry(2L, "copy changed 33 to 29"));
    }

    @Test
    void withoutGroupsNothingChanges() {
        Row row = wireAndReprints().row("width");
        assertThat(row.consensus()).isEqualTo(Consensus.AGREED);
        assertThat(row.consensusExplanation()).isEqualTo("all 5 reporting sources agree");
        assertThat(row.independentSources()).isEqualTo(5);
        assertThat(row.copies()).isZero();
        assertThat(row.copyChanges()).isEmpty();
    }
}
