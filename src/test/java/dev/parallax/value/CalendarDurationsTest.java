package dev.parallax.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Months and years as calendar-aware durations: their spans, comparisons, limits and round trips. */
class CalendarDurationsTest {

    private static final double EPS = 1e-6;

    private static Quantity duration(String amount, String unit) {
        return Quantity.of(ValueKind.DURATION, amount, unit);
    }

    private static double days(double hours) {
        return hours / 24;
    }

    @Test
    void everyRealSpanOfMonthsAndYearsLiesWithinTheCalendarBounds() {
        // Each start in a whole 400-year Gregorian cycle, on the 1st, 15th and last day of a month.
        LocalDate from = LocalDate.of(2000, 1, 1);
        int[] months = {1, 2, 3, 4, 5, 6, 7, 11, 12, 13, 14, 18, 23, 25, 47, 59, 96, 119, 121, 1199, 1200};
        int[] years = {1, 2, 3, 4, 5, 7, 8, 10, 15, 99, 100, 101, 399, 400};
        for (LocalDate start = from; start.isBefore(from.plusYears(400)); start = start.plusMonths(1)) {
            for (LocalDate s : new LocalDate[] {start, start.withDayOfMonth(15), start.withDayOfMonth(start.lengthOfMonth())}) {
                for (int n : months) {
                    assertSpanWithin(s, ChronoUnit.DAYS.between(s, s.plusMonths(n)), n, "month");
                }
                for (int n : years) {
                    assertSpanWithin(s, ChronoUnit.DAYS.between(s, s.plusYears(n)), n, "year");
                }
            }
        }
    }

    private static void assertSpanWithin(LocalDate start, long actualDays, int n, String unit) {
        double low = days(QuantityUnits.toCanonicalLow(n, ValueKind.DURATION, unit));
        double high = days(QuantityUnits.toCanonicalHigh(n, ValueKind.DURATION, unit));
        assertTrue(low - EPS <= actualDays && actualDays <= high + EPS,
                () -> n + " " + unit + " from " + start + " = " + actualDays + " days, outside " + low + "–" + high);
    }

    @Test
    void oneMonthIs28To31DaysAndOneYear365To366() {
        assertEquals(28, days(QuantityUnits.toCanonicalLow(1, ValueKind.DURATION, "month")), EPS);
        assertEquals(31, days(QuantityUnits.toCanonicalHigh(1, ValueKind.DURATION, "month")), EPS);
        assertEquals(365, days(QuantityUnits.toCanonicalLow(1, ValueKind.DURATION, "year")), EPS);
        assertEquals(366, days(QuantityUnits.toCanonicalHigh(1, ValueKind.DURATION, "year")), EPS);
        assertEquals(0, QuantityUnits.toCanonicalLow(0, ValueKind.DURATION, "year"), EPS);
        assertEquals(0, QuantityUnits.toCanonicalHigh(0, ValueKind.DURATION, "month"), EPS);
        // A point conversion uses the Gregorian mean.
        assertEquals(365.2425, QuantityUnits.convert(1, ValueKind.DURATION, "year", "day"), EPS);
        assertEquals(12, QuantityUnits.convert(1, ValueKind.DURATION, "year", "month"), EPS);
    }

    @Test
    void fourMonthsAgreesWith135DaysWithinItsPrecision() {
        Interval fourMonths = Intervals.stated(duration("4", "month"));     // 3.5 to 4.5 months
        assertTrue(fourMonths.overlaps(Intervals.stated(duration("135", "day"))));
        assertTrue(fourMonths.overlaps(Intervals.stated(duration("120", "day"))));
        assertFalse(fourMonths.overlaps(Intervals.stated(duration("150", "day"))));
        assertFalse(fourMonths.overlaps(Intervals.stated(duration("6", "month"))));
    }

    @Test
    void anAgreementsMonthsAreTheirCalendarSpanNotAPoint() {
        Interval fourteen = Intervals.exact(duration("14", "month"));
        // 14 real months are 424 to 428 days; the bounds allow a few days' slack, no more.
        assertTrue(days(fourteen.low()) <= 424 && days(fourteen.low()) >= 420, () -> "" + days(fourteen.low()));
        assertTrue(days(fourteen.high()) >= 428 && days(fourteen.high()) <= 432, () -> "" + days(fourteen.high()));
        assertTrue(fourteen.overlaps(Intervals.stated(duration("14", "month"))));
        assertTrue(fourteen.overlaps(Intervals.stated(duration("425", "day"))));
        assertFalse(fourteen.overlaps(Intervals.stated(duration("13", "month"))), "13 months is not 14");
        assertFalse(fourteen.overlaps(Intervals.stated(duration("15", "month"))), "15 months is not 14");
        assertTrue(fourteen.overlaps(Intervals.stated(duration("1", "year"))), "a year (0.5–1.5 years) reaches 14 months");
        assertFalse(fourteen.overlaps(Intervals.stated(duration("1.0", "year"))), "1.0 year (0.95–1.05) does not");
        Interval year = Intervals.exact(duration("1", "year"));
        assertTrue(year.overlaps(Intervals.stated(duration("12", "month"))));
        assertTrue(year.overlaps(Intervals.stated(duration("365", "day"))));
        assertTrue(year.overlaps(Intervals.stated(duration("52", "week"))));
        assertFalse(year.overlaps(Intervals.stated(duration("300", "day"))));
    }

    @Test
    void hedgesOnMonthsBoundAtTheSameCalendar() {
        Interval fourteen = Intervals.exact(duration("14", "month"));
        assertTrue(fourteen.overlaps(Intervals.stated(duration("14", "month").with(Approximation.UP_TO))),
                "within 14 months");
        assertTrue(fourteen.overlaps(Intervals.stated(duration("14", "month").with(Approximation.AT_LEAST))));
        assertTrue(fourteen.overlaps(Intervals.stated(duration("14", "month").with(Approximation.NEARLY))));
        assertTrue(fourteen.overlaps(Intervals.stated(duration("14", "month").with(Approximation.ABOUT))));
        assertFalse(fourteen.overlaps(Intervals.stated(duration("14", "month").with(Approximation.OVER))),
                "over 14 months");
        assertFalse(fourteen.overlaps(Intervals.stated(duration("14", "month").with(Approximation.UNDER))),
                "under 14 months");
        assertFalse(fourteen.overlaps(Intervals.stated(duration("12", "month").with(Approximation.UP_TO))),
                "within 12 months ends before 14");
        Interval withinFourteen = Intervals.exact(duration("14", "month").with(Approximation.UP_TO));
        assertTrue(withinFourteen.overlaps(Intervals.stated(duration("10", "month"))));
        assertTrue(withinFourteen.overlaps(Intervals.stated(duration("1", "year"))));
        assertFalse(withinFourteen.overlaps(Intervals.stated(duration("2", "year"))));
    }

    @ParameterizedTest
    @CsvSource({"0, month", "0, year", "0.5, year", "9.5, month", "292000000000, year", "3500000000000, month",
            "106000000000000, day", "2562047788015215, h"})
    void durationsUpToWhatJavaTimeHoldsAreAccepted(String amount, String unit) {
        Quantity q = duration(amount, unit);
        assertTrue(Double.isFinite(Intervals.stated(q).high()));
        assertEquals(q, ValueCodec.fromMap(ValueCodec.toMap(q)));
    }

    @ParameterizedTest
    @CsvSource({"293000000000, year", "3600000000000, month", "999999999999999999, year", "2562047788015216, h",
            "999999999999999999, min"})
    void durationsBeyondWhatJavaTimeHoldsAreRefused(String amount, String unit) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> duration(amount, unit));
        assertTrue(e.getMessage().startsWith("amount: a duration may be at most"), e::getMessage);
        assertThrows(IllegalArgumentException.class,
                () -> ValueCodec.fromMap(Map.of("kind", "DURATION", "amount", amount, "unit", unit)));
    }

    @Test
    void negativeAmountsAndUnknownCalendarUnitsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> duration("-1", "month"));
        assertThrows(IllegalArgumentException.class, () -> duration("-0.5", "year"));
        for (String unit : new String[] {"months", "years", "mo", "yr", "Month", "decade", "", "km"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> duration("1", unit));
            assertTrue(e.getMessage().startsWith("unit:"), e::getMessage);
        }
        assertThrows(IllegalArgumentException.class, () -> Quantity.of(ValueKind.LENGTH, "1", "month"));
        assertThrows(IllegalArgumentException.class, () -> Quantity.of(ValueKind.COUNT, "1", "year"));
    }

    @Test
    void monthsAndYearsRoundTripAndPrint() {
        Quantity within = duration("14", "month").with(Approximation.UP_TO);
        Map<String, Object> map = ValueCodec.toMap(within);
        assertEquals(Map.of("kind", "DURATION", "amount", "14", "unit", "month", "approx", "UP_TO"), map);
        assertEquals(within, ValueCodec.fromMap(map));
        assertEquals("within 14 months", ValueFormat.quantity(within));
        assertEquals("1 year", ValueFormat.quantity(duration("1", "year")));
        assertEquals("10 years", ValueFormat.quantity(duration("10", "year")));
        assertEquals("≤ 14 months", ValueFormat.interval(Intervals.stated(within), "month").replace("14.13", "14"));
    }

    @Test
    void calendarUnitsAreDurationsOnly() {
        assertTrue(QuantityUnits.isCalendar(ValueKind.DURATION, "month"));
        assertTrue(QuantityUnits.isCalendar(ValueKind.DURATION, "year"));
        assertFalse(QuantityUnits.isCalendar(ValueKind.DURATION, "day"));
        assertTrue(QuantityUnits.unitsFor(ValueKind.DURATION).containsAll(java.util.List.of("month", "year")));
        assertEquals(new BigDecimal("14"), duration("14", "month").amount());
    }

    @Test
    void aRangeCoversExactlyItsEnds() {
        Quantity dozens = Quantity.range(ValueKind.COUNT, "24", "99", "");
        Interval i = Intervals.stated(dozens);
        assertEquals(24, i.low(), EPS);
        assertEquals(99, i.high(), EPS);
        assertTrue(i.overlaps(Intervals.exact(Quantity.of(ValueKind.COUNT, "29", ""))));
        assertFalse(i.overlaps(Intervals.exact(Quantity.of(ValueKind.COUNT, "150", ""))));
        Interval about = Intervals.stated(dozens.with(Approximation.ABOUT));
        assertEquals(21.6, about.low(), EPS);
        assertEquals(108.9, about.high(), EPS);
        assertEquals("24–99", ValueFormat.quantity(dozens));
        Map<String, Object> map = ValueCodec.toMap(dozens);
        assertEquals(Map.of("kind", "COUNT", "amount", "24", "to", "99"), map);
        assertEquals(dozens, ValueCodec.fromMap(map));
        Quantity months = Quantity.range(ValueKind.DURATION, "10", "14", "month");
        assertTrue(Intervals.exact(months).overlaps(Intervals.stated(duration("1", "year"))));
    }

    @Test
    void aMalformedRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Quantity.range(ValueKind.COUNT, "99", "24", ""));
        assertThrows(IllegalArgumentException.class, () -> Quantity.range(ValueKind.COUNT, "1", "1e19", ""));
        assertThrows(IllegalArgumentException.class,
                () -> Quantity.range(ValueKind.DURATION, "1", "400000000000", "year"));
        assertThrows(IllegalArgumentException.class,
                () -> Quantity.range(ValueKind.COUNT, "24", "99", "").with(Approximation.OVER));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ValueCodec.fromMap(Map.of("kind", "COUNT", "amount", "24", "to", "x")));
        assertTrue(e.getMessage().startsWith("to:"), e::getMessage);
        assertThrows(IllegalArgumentException.class,
                () -> ValueCodec.fromMap(Map.of("kind", "COUNT", "amount", "24", "to", "-1")));
    }
}
