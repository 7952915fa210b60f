package dev.parallax.engine;

import static dev.parallax.engine.Fixtures.clauseFacet;
import static dev.parallax.engine.Fixtures.contextFacet;
import static dev.parallax.engine.Fixtures.count;
import static dev.parallax.engine.Fixtures.km;
import static dev.parallax.engine.Fixtures.mi;
import static dev.parallax.engine.Fixtures.names;
import static dev.parallax.engine.Fixtures.place;
import static dev.parallax.engine.Fixtures.v;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.parallax.engine.Fixtures.Scenario;
import dev.parallax.value.Value;
import dev.parallax.value.ValueKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictRulesTest {

    private static final Value CEASEFIRE = v("kind", "INSTANT", "at", "2020-03-06T00:01+03:00");
    private static final Value WITHIN_SEVEN_DAYS =
            v("kind", "DURATION", "amount", "7", "unit", "day", "approx", "UP_TO");

    private static Verdict verdictOn(Value expected, Value claimed) {
        return new Scenario().facet(clauseFacet("f", expected)).sources(1).claim(1, "f", claimed)
                .cell("f", 1).verdict();
    }

    @Test
    void threeMilesConflictsWithSixKilometres() {
        assertEquals(Verdict.CONFLICTS, verdictOn(km("6"), mi("3")));
    }

    @Test
    void threePointSevenMilesMatchesSixKilometres() {
        assertEquals(Verdict.MATCHES, verdictOn(km("6"), mi("3.7")));
    }

    @Test
    void sevenMileWideMatchesATwelveKilometreWidth() {
        assertEquals(Verdict.MATCHES, verdictOn(km("12"), mi("7")));
    }

    @Test
    void sixMilesConflictsWithASixKilometreDepth() {
        assertEquals(Verdict.CONFLICTS, verdictOn(km("6"), mi("6")));
    }

    @Test
    void midnightWithItsToleranceMatchesOneMinutePast() {
        Value midnight = v("kind", "INSTANT", "at", "2020-03-06T00:00+03:00", "tolerance", "PT5M");
        assertEquals(Verdict.MATCHES, verdictOn(CEASEFIRE, midnight));
    }

    @Test
    void midnightWithoutToleranceConflicts() {
        assertEquals(Verdict.CONFLICTS, verdictOn(CEASEFIRE, v("kind", "INSTANT", "at", "2020-03-06T00:00+03:00")));
    }

    @Test
    void twentyTwoOhOneGmtConflictsWithOneMinutePastMidnightMoscowTime() {
        assertEquals(Verdict.CONFLICTS, verdictOn(CEASEFIRE, v("kind", "INSTANT", "at", "2020-03-05T22:01Z")));
    }

    @Test
    void theSameMomentInAnotherOffsetMatches() {
        assertEquals(Verdict.MATCHES, verdictOn(CEASEFIRE, v("kind", "INSTANT", "at", "2020-03-05T21:01Z")));
    }

    @Test
    void withinSevenDaysAndInAWeekMatchWithinSevenDays() {
        assertEquals(Verdict.MATCHES, verdictOn(WITHIN_SEVEN_DAYS, WITHIN_SEVEN_DAYS));
        assertEquals(Verdict.MATCHES,
                verdictOn(WITHIN_SEVEN_DAYS, v("kind", "DURATION", "amount", "1", "unit", "week")));
    }

    @Test
    void aMonthConflictsWithWithinSevenDays() {
        assertEquals(Verdict.CONFLICTS,
                verdictOn(WITHIN_SEVEN_DAYS, v("kind", "DURATION", "amount", "30", "unit", "day")));
    }

    @Test
    void textOnlyIsPartial() {
        assertEquals(Verdict.PARTIAL, verdictOn(WITHIN_SEVEN_DAYS, v("kind", "TEXT", "text", "at a later date")));
    }

    @Test
    void aValueOfTheWrongKindIsPartialNotAConflict() {
        assertEquals(Verdict.PARTIAL, verdictOn(km("6"), count("6")));
    }

    @Test
    void noClaimOmits() {
        Cell cell = new Scenario().facet(clauseFacet("f", km("6"))).sources(1, 2).claim(2, "f", km("6")).cell("f", 1);
        assertEquals(Verdict.OMITS, cell.verdict());
        assertEquals("no statement on this point", cell.explanation());
        assertEquals(List.of(), cell.claimIds());
    }

    @Test
    void aliasResolvesToTheCanonicalAndMatches() {
        Cell cell = new Scenario()
                .facet(clauseFacet("meeting-place", place("Trumba"), names("Trumba", "Tronba")))
                .sources(1).claim(1, "meeting-place", place("Tronba")).cell("meeting-place", 1);
        assertEquals(Verdict.MATCHES, cell.verdict());
    }

    @Test
    void anUnlistedNameConflicts() {
        assertEquals(Verdict.CONFLICTS, verdictOn(place("Trumba"), place("Saraqib")));
    }

    @Test
    void namesCompareNormalised() {
        assertEquals(Verdict.MATCHES, verdictOn(place("North-Western Syria"), place("the north western  syria")));
    }

    @Test
    void datesAndAssertions() {
        Value ides = v("kind", "DATE", "date", "2020-03-15");
        assertEquals(Verdict.MATCHES, verdictOn(ides, v("kind", "DATE", "date", "2020-03-15")));
        assertEquals(Verdict.CONFLICTS, verdictOn(ides, v("kind", "DATE", "date", "2020-03-16")));
        Value holds = v("kind", "ASSERTION", "holds", true);
        assertEquals(Verdict.MATCHES, verdictOn(holds, v("kind", "ASSERTION", "holds", true)));
        assertEquals(Verdict.CONFLICTS, verdictOn(holds, v("kind", "ASSERTION", "holds", false)));
    }

    @Test
    void oneDisagreeingClaimMakesTheCellConflictEvenBesideAMatch() {
        Cell cell = new Scenario().facet(clauseFacet("f", km("6"))).sources(1)
                .claim(1, "f", mi("3.7")).claim(1, "f", mi("3")).claim(1, "f", v("kind", "TEXT", "text", "a few"))
                .cell("f", 1);
        assertEquals(Verdict.CONFLICTS, cell.verdict());
        assertEquals(List.of(100L, 101L, 102L), cell.claimIds());
    }

    @Test
    void aMatchBesideTextIsAMatch() {
        Cell cell = new Scenario().facet(clauseFacet("f", km("6"))).sources(1)
                .claim(1, "f", v("kind", "TEXT", "text", "a few")).claim(1, "f", mi("3.7")).cell("f", 1);
        assertEquals(Verdict.MATCHES, cell.verdict());
    }

    @Test
    void contextFacetReportsOrOmits() {
        Scenario s = new Scenario().facet(contextFacet("deaths", ValueKind.COUNT)).sources(1, 2)
                .claim(1, "deaths", count("29"));
        assertEquals(Verdict.REPORTS, s.cell("deaths", 1).verdict());
        assertFalse(s.cell("deaths", 1).derived());
        assertEquals(Verdict.OMITS, s.cell("deaths", 2).verdict());
    }

    @Test
    void aClauseNumberWithoutExpectedValueIsContext() {
        FacetSpec noExpected = new FacetSpec("f", "F", ValueKind.COUNT, "3", null, List.of(), List.of());
        Cell cell = new Scenario().facet(noExpected).sources(1).claim(1, "f", count("29")).cell("f", 1);
        assertEquals(Verdict.REPORTS, cell.verdict());
    }

    @Test
    void fromOutcomesOrdersConflictOverMatchOverPartial() {
        var agree = new ValueMatch(ValueMatch.Outcome.AGREES, "");
        var disagree = new ValueMatch(ValueMatch.Outcome.DISAGREES, "");
        var none = new ValueMatch(ValueMatch.Outcome.NOT_COMPARABLE, "");
        assertEquals(Verdict.CONFLICTS, VerdictRules.fromOutcomes(List.of(agree, disagree, none)));
        assertEquals(Verdict.MATCHES, VerdictRules.fromOutcomes(List.of(none, agree)));
        assertEquals(Verdict.PARTIAL, VerdictRules.fromOutcomes(List.of(none)));
    }
}
