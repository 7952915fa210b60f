package dev.parallax.engine;

import static dev.parallax.engine.Fixtures.clauseFacet;
import static dev.parallax.engine.Fixtures.v;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.engine.Fixtures.Scenario;
import dev.parallax.value.Value;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Calendar-aware months and years, ranges, percentages, masses, and a date without a time on a point in time. */
class CalendarAndDateVerdictsTest {

    private static final Value PAUSE_START = v("kind", "INSTANT", "at", "2023-11-24T07:00+02:00");

    private static Cell cellOn(Value expected, Value claimed) {
        return new Scenario().facet(clauseFacet("f", expected)).sources(1).claim(1, "f", claimed).cell("f", 1);
    }

    private static Value duration(String amount, String unit, String approx) {
        return v("kind", "DURATION", "amount", amount, "unit", unit, "approx", approx);
    }

    @ParameterizedTest
    @CsvSource({
            // agreement | claim | verdict
            "14 month UP_TO, 14 month EXACT, MATCHES",
            "14 month UP_TO, 14 month UP_TO, MATCHES",
            "14 month UP_TO, 1 year EXACT, MATCHES",
            "14 month UP_TO, 18 month EXACT, CONFLICTS",
            "14 month UP_TO, 2 year EXACT, CONFLICTS",
            "14 month EXACT, 14 month UP_TO, MATCHES",
            "14 month EXACT, 425 day EXACT, MATCHES",
            "14 month EXACT, 13 month EXACT, CONFLICTS",
            "14 month EXACT, 14 month OVER, CONFLICTS",
            // the agreement's own figure is exact (its calendar span, 119-124 days): 135 days is more
            "4 month EXACT, 135 day EXACT, CONFLICTS",
            "4 month EXACT, 122 day EXACT, MATCHES",
            // a source's "four months" covers 3.5 to 4.5 months, 104 to 139 days
            "135 day EXACT, 4 month EXACT, MATCHES",
            "135 day EXACT, 5 month EXACT, MATCHES",
            "135 day EXACT, 6 month EXACT, CONFLICTS",
            "10 year EXACT, 10 year EXACT, MATCHES",
            "10 year EXACT, 120 month EXACT, MATCHES",
            "10 year EXACT, 15 year EXACT, CONFLICTS",
            "8 year EXACT, 2922 day EXACT, MATCHES",
            "1 year EXACT, 52 week EXACT, MATCHES",
            "7 day UP_TO, 1 month EXACT, CONFLICTS"})
    void monthsAndYearsCompareOnTheCalendar(String agreement, String claim, Verdict verdict) {
        String[] a = agreement.split(" ");
        String[] c = claim.split(" ");
        Cell cell = cellOn(duration(a[0], a[1], a[2]), duration(c[0], c[1], c[2]));
        assertEquals(verdict, cell.verdict(), cell::explanation);
    }

    @Test
    void twoSourcesSayingFourMonthsAnd135DaysAgree() {
        Scenario s = new Scenario().facet(Fixtures.contextFacet("f", dev.parallax.value.ValueKind.DURATION))
                .sources(1, 2).claim(1, "f", duration("4", "month", "EXACT"))
                .claim(2, "f", duration("135", "day", "EXACT"));
        assertEquals(Consensus.AGREED, s.row("f").consensus(), s.row("f").consensusExplanation());
        Scenario apart = new Scenario().facet(Fixtures.contextFacet("f", dev.parallax.value.ValueKind.DURATION))
                .sources(1, 2).claim(1, "f", duration("4", "month", "EXACT"))
                .claim(2, "f", duration("150", "day", "EXACT"));
        assertEquals(Consensus.DISPUTED, apart.row("f").consensus());
    }

    @Test
    void explanationsShowMonthsInTheAgreementsUnit() {
        Cell cell = cellOn(duration("4", "month", "EXACT"), duration("135", "day", "EXACT"));
        assertTrue(cell.explanation().startsWith("135 days ≈ 4.4"), cell.explanation());
        assertTrue(cell.explanation().endsWith("agreement: 4 months"), cell.explanation());
    }

    @Test
    void rangesPercentagesAndMassesCompareByOverlap() {
        Value dozens = v("kind", "COUNT", "amount", "24", "to", "99");
        assertEquals(Verdict.MATCHES, cellOn(v("kind", "COUNT", "amount", "50"), dozens).verdict());
        assertEquals(Verdict.CONFLICTS, cellOn(v("kind", "COUNT", "amount", "150"), dozens).verdict());
        Value limit = v("kind", "PERCENT", "amount", "3.67", "unit", "%", "approx", "UP_TO");
        assertEquals(Verdict.MATCHES, cellOn(limit, v("kind", "PERCENT", "amount", "3.67", "unit", "%")).verdict());
        assertEquals(Verdict.CONFLICTS, cellOn(limit, v("kind", "PERCENT", "amount", "20", "unit", "%")).verdict());
        Value cap = v("kind", "MASS", "amount", "300", "unit", "kg", "approx", "UP_TO");
        assertEquals(Verdict.MATCHES, cellOn(cap, v("kind", "MASS", "amount", "0.3", "unit", "t")).verdict());
        Cell tonnes = cellOn(cap, v("kind", "MASS", "amount", "3", "unit", "t"));
        assertEquals(Verdict.CONFLICTS, tonnes.verdict());
        assertEquals("3 t ≈ 2,500–3,500 kg; agreement: up to 300 kg", tonnes.explanation());
    }

    @ParameterizedTest
    @CsvSource({
            // a date without a time against Friday 07:00 UTC+2 (05:00 UTC)
            "2023-11-24, MATCHES",      // Friday, as the agreement's zone writes it
            "2023-11-23, MATCHES",      // Thursday: 05:00 UTC is 21:00 on Thursday in UTC-8
            "2023-11-25, CONFLICTS",    // Saturday: no zone has 05:00 UTC on Saturday
            "2023-11-22, CONFLICTS",
            "2023-12-24, CONFLICTS"})
    void aDateOnAPointInTimeIsComparedAtDatePrecision(String date, Verdict verdict) {
        Cell cell = cellOn(PAUSE_START, v("kind", "DATE", "date", date));
        assertEquals(verdict, cell.verdict(), cell::explanation);
    }

    @Test
    void aDateWithinAnInstantsToleranceMatches() {
        Value aroundMidnight = v("kind", "INSTANT", "at", "2023-11-25T00:00+14:00", "tolerance", "PT5M");
        assertEquals(Verdict.MATCHES, cellOn(aroundMidnight, v("kind", "DATE", "date", "2023-11-24")).verdict());
    }

    @Test
    void aDateNeverDisputesAnInstantOfAnotherSourceInTheRow() {
        Scenario s = new Scenario().facet(clauseFacet("f", PAUSE_START)).sources(1, 2)
                .claim(1, "f", v("kind", "DATE", "date", "2023-11-23"))
                .claim(2, "f", PAUSE_START);
        assertEquals(Verdict.MATCHES, s.cell("f", 1).verdict());
        assertEquals(Consensus.AGREED, s.row("f").consensus(), s.row("f").consensusExplanation());
    }
}
