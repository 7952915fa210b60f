package dev.parallax.engine;

import static dev.parallax.engine.Fixtures.clauseFacet;
import static dev.parallax.engine.Fixtures.km;
import static dev.parallax.engine.Fixtures.mi;
import static dev.parallax.engine.Fixtures.sumFacet;
import static dev.parallax.engine.Fixtures.v;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.engine.Fixtures.Scenario;
import dev.parallax.value.Approximation;
import dev.parallax.value.Quantity;
import dev.parallax.value.ValueKind;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class DerivedFacetTest {

    private static Scenario corridor() {
        return new Scenario()
                .facet(clauseFacet("depth-north", km("6")))
                .facet(clauseFacet("depth-south", km("6")))
                .facet(sumFacet("width", ValueKind.LENGTH, "depth-north", "depth-south"));
    }

    @Test
    void expectedIsTheSumOfThePartsExactValues() {
        Row row = corridor().sources(1).row("width");
        Quantity expected = (Quantity) row.expected();
        assertEquals(ValueKind.LENGTH, expected.kind());
        assertEquals(0, new BigDecimal("12").compareTo(expected.amount()));
        assertEquals("km", expected.unit());
        assertEquals(Approximation.EXACT, expected.approximation());
    }

    @Test
    void partsInDifferentUnitsSumInTheCanonicalUnit() {
        Row row = new Scenario()
                .facet(clauseFacet("a", v("kind", "LENGTH", "amount", "500", "unit", "m")))
                .facet(clauseFacet("b", km("6")))
                .facet(sumFacet("w", ValueKind.LENGTH, "a", "b")).sources(1).row("w");
        Quantity expected = (Quantity) row.expected();
        assertEquals(0, new BigDecimal("6.5").compareTo(expected.amount()));
        assertEquals("km", expected.unit());
    }

    @Test
    void aTwelveKilometreCorridorClaimedDirectlyMatches() {
        Cell cell = corridor().sources(1).claim(1, "width", km("12")).cell("width", 1);
        assertEquals(Verdict.MATCHES, cell.verdict());
        assertFalse(cell.derived());
    }

    @Test
    void derivedThreePointSevenPlusThreeMilesConflictsWithTwelveKilometres() {
        Cell cell = corridor().sources(1)
                .claim(1, "depth-north", mi("3.7"))
                .claim(1, "depth-south", mi("3"))
                .cell("width", 1);
        assertEquals(Verdict.CONFLICTS, cell.verdict());
        assertTrue(cell.derived());
        assertEquals(List.of(100L, 101L), cell.claimIds());
    }

    @Test
    void derivedThreePointSevenTwiceMatchesTwelveKilometres() {
        Cell cell = corridor().sources(1)
                .claim(1, "depth-north", mi("3.7"))
                .claim(1, "depth-south", mi("3.7"))
                .cell("width", 1);
        assertEquals(Verdict.MATCHES, cell.verdict());
        assertTrue(cell.derived());
    }

    @Test
    void derivationNeedsAQuantityClaimOnEveryPart() {
        Cell cell = corridor().sources(1)
                .claim(1, "depth-north", mi("3.7"))
                .claim(1, "depth-south", v("kind", "TEXT", "text", "a few miles"))
                .cell("width", 1);
        assertEquals(Verdict.OMITS, cell.verdict());
        assertFalse(cell.derived());
    }

    @Test
    void derivationUsesTheFirstCheckableClaimOfEachPart() {
        Cell cell = corridor().sources(1)
                .claim(1, "depth-north", v("kind", "TEXT", "text", "a few miles"))
                .claim(1, "depth-north", mi("3.7"))
                .claim(1, "depth-north", mi("30"))
                .claim(1, "depth-south", mi("3.7"))
                .cell("width", 1);
        assertEquals(Verdict.MATCHES, cell.verdict());
        assertEquals(List.of(101L, 103L), cell.claimIds());
    }

    @Test
    void directClaimsOutrankDerivation() {
        Cell cell = corridor().sources(1)
                .claim(1, "depth-north", mi("3"))
                .claim(1, "depth-south", mi("3"))
                .claim(1, "width", mi("7"))
                .cell("width", 1);
        assertEquals(Verdict.MATCHES, cell.verdict());
        assertFalse(cell.derived());
        assertEquals(List.of(102L), cell.claimIds());
    }

    @Test
    void aSumWithoutExpectedPartsIsContextAndItsDerivedCellReports() {
        Scenario s = new Scenario()
                .facet(new FacetSpec("a", "A", ValueKind.LENGTH, null, null, List.of(), List.of()))
                .facet(clauseFacet("b", km("6")))
                .facet(sumFacet("w", ValueKind.LENGTH, "a", "b"))
                .sources(1)
                .claim(1, "a", mi("3")).claim(1, "b", mi("3"));
        Row row = s.row("w");
        assertNull(row.expected());
        assertEquals(Verdict.REPORTS, row.cells().get(0).verdict());
        assertTrue(row.cells().get(0).derived());
    }

    @Test
    void partsThatSumPastTheDigitLimitGiveNoExpectedValueInsteadOfFailing() {
        String nines = "9".repeat(Quantity.MAX_DIGITS);
        Row row = new Scenario()
                .facet(clauseFacet("a", km(nines)))
                .facet(clauseFacet("b", km(nines)))
                .facet(sumFacet("w", ValueKind.LENGTH, "a", "b"))
                .sources(1)
                .claim(1, "w", km("12")).row("w");
        assertNull(row.expected());
    }
}
