package dev.parallax.engine;

import static dev.parallax.engine.Fixtures.clauseFacet;
import static dev.parallax.engine.Fixtures.contextFacet;
import static dev.parallax.engine.Fixtures.count;
import static dev.parallax.engine.Fixtures.km;
import static dev.parallax.engine.Fixtures.mi;
import static dev.parallax.engine.Fixtures.names;
import static dev.parallax.engine.Fixtures.place;
import static dev.parallax.engine.Fixtures.sumFacet;
import static dev.parallax.engine.Fixtures.v;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.engine.Fixtures.Scenario;
import dev.parallax.value.Value;
import dev.parallax.value.ValueKind;
import org.junit.jupiter.api.Test;

class ConsensusRulesTest {

    private static Row contextRow(ValueKind kind, Value... perSource) {
        Scenario s = new Scenario().facet(contextFacet("f", kind));
        for (int i = 0; i < perSource.length; i++) {
            s.sources(i + 1).claim(i + 1, "f", perSource[i]);
        }
        return s.row("f");
    }

    @Test
    void twentyNineVersusThirtyThreeIsDisputedWithTheWorking() {
        Row row = contextRow(ValueKind.COUNT, count("29"), count("33"));
        assertEquals(Consensus.DISPUTED, row.consensus());
        assertEquals("29 (28.5–29.5) vs 33 (32.5–33.5): no overlap", row.consensusExplanation());
    }

    @Test
    void northwesternVersusNortheasternSyriaIsDisputed() {
        Row row = new Scenario()
                .facet(contextFacet("where", ValueKind.PLACE,
                        names("northwestern Syria", "north-western Syria", "northwest Syria")))
                .sources(1, 2)
                .claim(1, "where", place("northwestern Syria"))
                .claim(2, "where", place("north-eastern Syria"))
                .row("where");
        assertEquals(Consensus.DISPUTED, row.consensus());
        assertTrue(row.consensusExplanation().contains("northwestern Syria vs north-eastern Syria"),
                row.consensusExplanation());
        assertTrue(row.consensusExplanation().endsWith("different places"), row.consensusExplanation());
    }

    @Test
    void aliasesOfOnePlaceAgree() {
        Row row = new Scenario()
                .facet(contextFacet("where", ValueKind.PLACE,
                        names("northwestern Syria", "north-western Syria", "northwest Syria")))
                .sources(1, 2, 3)
                .claim(1, "where", place("northwest Syria"))
                .claim(2, "where", place("northwestern Syria"))
                .claim(3, "where", place("North-Western Syria"))
                .row("where");
        assertEquals(Consensus.AGREED, row.consensus());
        assertEquals("all 3 reporting sources agree", row.consensusExplanation());
    }

    @Test
    void withoutTheAliasListTheSpellingsDiffer() {
        Row row = contextRow(ValueKind.PLACE, place("northwest Syria"), place("northwestern Syria"));
        assertEquals(Consensus.DISPUTED, row.consensus());
    }

    @Test
    void oneSourceIsSingleSource() {
        Row row = new Scenario().facet(contextFacet("f", ValueKind.COUNT)).sources(1, 2, 3)
                .claim(2, "f", count("29")).row("f");
        assertEquals(Consensus.SINGLE_SOURCE, row.consensus());
    }

    @Test
    void nobodyIsUnreported() {
        Row row = new Scenario().facet(clauseFacet("f", km("6"))).sources(1, 2).row("f");
        assertEquals(Consensus.UNREPORTED, row.consensus());
        assertEquals("no source reports this point", row.consensusExplanation());
    }

    @Test
    void matchAndConflictAcrossSourcesIsDisputedEvenWhenTheIntervalsOverlap() {
        // "about 6 km" covers 5.4–6.6 km and "5.4 km" covers 5.35–5.45 km: they overlap, yet only one fits 6 km.
        Row row = new Scenario().facet(clauseFacet("f", km("6"))).sources(1, 2)
                .claim(1, "f", v("kind", "LENGTH", "amount", "6", "unit", "km", "approx", "ABOUT"))
                .claim(2, "f", km("5.4"))
                .row("f");
        assertEquals(Verdict.MATCHES, row.cells().get(0).verdict());
        assertEquals(Verdict.CONFLICTS, row.cells().get(1).verdict());
        assertEquals(Consensus.DISPUTED, row.consensus());
        assertEquals("≈ 6 km (5.4–6.6 km) matches but 5.4 km (5.35–5.45 km) conflicts; agreement: 6 km",
                row.consensusExplanation());
    }

    @Test
    void twoSourcesConflictingTheSameWayAgreeWithEachOther() {
        Row row = new Scenario().facet(clauseFacet("f", km("6"))).sources(1, 2)
                .claim(1, "f", mi("3")).claim(2, "f", mi("3")).row("f");
        assertEquals(Consensus.AGREED, row.consensus());
    }

    @Test
    void nearlyAMillionSomeNineHundredThousandAndAroundNineSixtyThousandAgree() {
        Row row = contextRow(ValueKind.COUNT,
                count("1000000", "NEARLY"), count("900000", "ABOUT"), count("960000", "ABOUT"));
        assertEquals(Consensus.AGREED, row.consensus());
    }

    @Test
    void overThreeMillionAndThreePointSixMillionAgree() {
        assertEquals(Consensus.AGREED,
                contextRow(ValueKind.COUNT, count("3000000", "OVER"), count("3600000")).consensus());
    }

    @Test
    void atLeastFifteenAndSixteenAgree() {
        assertEquals(Consensus.AGREED, contextRow(ValueKind.COUNT, count("15", "AT_LEAST"), count("16")).consensus());
    }

    @Test
    void underFifteenAndSixteenDisagree() {
        assertEquals(Consensus.DISPUTED, contextRow(ValueKind.COUNT, count("15", "UNDER"), count("16")).consensus());
    }

    @Test
    void instantsApartBeyondTheirTolerancesAreDisputed() {
        Row row = contextRow(ValueKind.INSTANT,
                v("kind", "INSTANT", "at", "2020-03-05T22:01Z"),
                v("kind", "INSTANT", "at", "2020-03-06T00:00+03:00", "tolerance", "PT5M"));
        assertEquals(Consensus.DISPUTED, row.consensus());
        assertTrue(row.consensusExplanation().endsWith("1 h 1 min apart, beyond ±5 min"), row.consensusExplanation());
    }

    @Test
    void differentDatesAndOppositeAssertionsAreDisputed() {
        assertEquals(Consensus.DISPUTED, contextRow(ValueKind.DATE,
                v("kind", "DATE", "date", "2020-03-15"), v("kind", "DATE", "date", "2020-03-16")).consensus());
        assertEquals(Consensus.DISPUTED, contextRow(ValueKind.ASSERTION,
                v("kind", "ASSERTION", "holds", true), v("kind", "ASSERTION", "holds", false)).consensus());
    }

    @Test
    void anyCrossSourcePairThatDisagreesDisputes() {
        Row row = new Scenario().facet(contextFacet("f", ValueKind.COUNT)).sources(1, 2)
                .claim(1, "f", count("29")).claim(1, "f", count("33")).claim(2, "f", count("29")).row("f");
        assertEquals(Consensus.DISPUTED, row.consensus());
        assertEquals("33 (32.5–33.5) vs 29 (28.5–29.5): no overlap", row.consensusExplanation());
    }

    @Test
    void oneSourceContradictingItselfIsNotADispute() {
        Row row = new Scenario().facet(contextFacet("f", ValueKind.COUNT)).sources(1, 2)
                .claim(1, "f", count("29")).claim(1, "f", count("33"))
                .claim(2, "f", v("kind", "TEXT", "text", "dozens")).row("f");
        assertEquals(Consensus.AGREED, row.consensus());
    }

    @Test
    void textOnlySourcesCannotDisagree() {
        Row row = contextRow(ValueKind.TEXT, v("kind", "TEXT", "text", "soon"), v("kind", "TEXT", "text", "later"));
        assertEquals(Consensus.AGREED, row.consensus());
    }

    @Test
    void aDerivedCellTakesPartInTheConsensus() {
        Row row = new Scenario()
                .facet(clauseFacet("north", km("6")))
                .facet(clauseFacet("south", km("6")))
                .facet(sumFacet("width", ValueKind.LENGTH, "north", "south"))
                .sources(1, 2)
                .claim(1, "north", mi("3.7")).claim(1, "south", mi("3"))
                .claim(2, "width", mi("3"))
                .row("width");
        // Both conflict with 12 km, but 9.9–11.7 km and 4.0–5.6 km do not overlap either.
        assertEquals(Consensus.DISPUTED, row.consensus());
        assertTrue(row.consensusExplanation()
                        .startsWith("derived: 3.7 mi + 3 mi ≈ 9.9–11.7 km vs 3 mi ≈ 4.0–5.6 km"),
                row.consensusExplanation());
    }
}
