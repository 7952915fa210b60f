package dev.parallax.engine;

import static dev.parallax.engine.Fixtures.clauseFacet;
import static dev.parallax.engine.Fixtures.contextFacet;
import static dev.parallax.engine.Fixtures.count;
import static dev.parallax.engine.Fixtures.km;
import static dev.parallax.engine.Fixtures.mi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parallax.engine.Fixtures.Scenario;
import dev.parallax.value.ValueKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonEngineTest {

    private static Scenario table() {
        return new Scenario()
                .facet(clauseFacet("depth", km("6")))
                .facet(contextFacet("deaths", ValueKind.COUNT))
                .sources(3, 1, 2)
                .claim(1, "depth", mi("3"))
                .claim(2, "depth", mi("3.7"))
                .claim(2, "deaths", count("29"))
                .claim(9, "depth", mi("3"))
                .claim(1, "no-such-facet", count("1"));
    }

    @Test
    void oneRowPerFacetAndOneCellPerSourceInInputOrder() {
        ComparisonResult result = table().run();
        assertEquals(List.of("depth", "deaths"), result.rows().stream().map(r -> r.facet().key()).toList());
        for (Row row : result.rows()) {
            assertEquals(List.of(3L, 1L, 2L), row.cells().stream().map(Cell::sourceId).toList());
        }
        Row depth = result.rows().get(0);
        assertEquals(List.of(Verdict.OMITS, Verdict.CONFLICTS, Verdict.MATCHES),
                depth.cells().stream().map(Cell::verdict).toList());
        assertEquals(km("6"), depth.expected());
        assertNull(result.rows().get(1).expected());
    }

    @Test
    void claimsOnUnknownSourcesOrFacetsAreIgnored() {
        Row depth = table().row("depth");
        assertEquals(Consensus.DISPUTED, depth.consensus());
        assertEquals(List.of(100L), depth.cells().get(1).claimIds());
    }

    @Test
    void isDeterministic() {
        assertEquals(table().run(), table().run());
    }

    @Test
    void rejectsDuplicateFacetKeys() {
        Scenario s = new Scenario().facet(clauseFacet("f", km("6"))).facet(contextFacet("f", ValueKind.COUNT));
        assertThrows(IllegalArgumentException.class, s::input);
    }

    @Test
    void rejectsAnExpectedValueOfAnotherKind() {
        assertThrows(IllegalArgumentException.class,
                () -> new FacetSpec("f", "F", ValueKind.COUNT, "1", km("6"), List.of(), List.of()));
    }
}
