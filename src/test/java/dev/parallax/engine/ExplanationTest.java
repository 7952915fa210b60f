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
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.parallax.engine.Fixtures.Scenario;
import dev.parallax.value.Value;
import dev.parallax.value.ValueKind;
import org.junit.jupiter.api.Test;

class ExplanationTest {

    private static String explain(Value expected, Value claimed) {
        return new Scenario().facet(clauseFacet("f", expected)).sources(1).claim(1, "f", claimed).cell("f", 1)
                .explanation();
    }

    @Test
    void lengthsShowTheConvertedInterval() {
        assertEquals("3 mi ≈ 4.0–5.6 km; agreement: 6 km", explain(km("6"), mi("3")));
        assertEquals("3.7 mi ≈ 5.87–6.04 km; agreement: 6 km", explain(km("6"), mi("3.7")));
    }

    @Test
    void sameUnitShowsTheIntervalInParentheses() {
        assertEquals("5.4 km (5.35–5.45 km); agreement: 6 km", explain(km("6"), km("5.4")));
    }

    @Test
    void instantsShowUtc() {
        Value ceasefire = v("kind", "INSTANT", "at", "2020-03-06T00:01+03:00");
        assertEquals("00:00 UTC+3 ±5 min = 21:00 UTC on 5 March; agreement: 00:01 UTC+3 = 21:01 UTC",
                explain(ceasefire, v("kind", "INSTANT", "at", "2020-03-06T00:00+03:00", "tolerance", "PT5M")));
        assertEquals("22:01 UTC on 5 March; agreement: 00:01 UTC+3 = 21:01 UTC",
                explain(ceasefire, v("kind", "INSTANT", "at", "2020-03-05T22:01Z")));
        assertEquals("23:30 UTC on 6 March; agreement: 00:01 UTC+3 = 21:01 UTC on 5 March",
                explain(ceasefire, v("kind", "INSTANT", "at", "2020-03-06T23:30Z")));
    }

    @Test
    void durationsShowTheAgreementsUnit() {
        Value within = v("kind", "DURATION", "amount", "7", "unit", "day", "approx", "UP_TO");
        assertEquals("1 week ≈ 3.5–10.5 days; agreement: within 7 days",
                explain(within, v("kind", "DURATION", "amount", "1", "unit", "week")));
        assertEquals("within 7 days (≤ 7 days); agreement: within 7 days", explain(within, within));
    }

    @Test
    void derivedCellShowsTheSum() {
        Cell cell = new Scenario()
                .facet(clauseFacet("north", km("6")))
                .facet(clauseFacet("south", km("6")))
                .facet(sumFacet("width", ValueKind.LENGTH, "north", "south"))
                .sources(1).claim(1, "north", mi("3.7")).claim(1, "south", mi("3"))
                .cell("width", 1);
        assertEquals("derived: 3.7 mi + 3 mi ≈ 9.9–11.7 km; agreement: 12 km", cell.explanation());
    }

    @Test
    void textHasNoCheckableValue() {
        assertEquals("“at a later date” has no checkable value",
                explain(km("6"), v("kind", "TEXT", "text", "at a later date")));
    }

    @Test
    void contextCellsReportWhatWasSaid() {
        Cell cell = new Scenario().facet(contextFacet("deaths", ValueKind.COUNT)).sources(1)
                .claim(1, "deaths", count("29")).cell("deaths", 1);
        assertEquals("reports 29 (28.5–29.5)", cell.explanation());
    }

    @Test
    void aliasesShowTheirCanonical() {
        String explanation = new Scenario()
                .facet(clauseFacet("meeting", place("Trumba"), names("Trumba", "Tronba")))
                .sources(1).claim(1, "meeting", place("Tronba")).cell("meeting", 1).explanation();
        assertEquals("Tronba (= Trumba); agreement: Trumba", explanation);
    }

    @Test
    void severalClaimsStayOnOneLine() {
        String explanation = new Scenario().facet(clauseFacet("f", km("6"))).sources(1)
                .claim(1, "f", mi("3.7")).claim(1, "f", mi("3")).cell("f", 1).explanation();
        assertEquals("3.7 mi ≈ 5.87–6.04 km; agreement: 6 km | 3 mi ≈ 4.0–5.6 km; agreement: 6 km",
                explanation);
        assertFalse(explanation.contains("\n"));
    }
}
