package dev.parallax.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntervalsTest {

    private static final double EPS = 1e-6;

    @ParameterizedTest
    @CsvSource({"29, 0.5", "60, 5", "900000, 50000", "1000000, 500000", "3.7, 0.05", "3.70, 0.005", "0, 0.5",
            "7, 0.5", "1E+6, 500000"})
    void precisionIsHalfTheLastWrittenPlace(String amount, String expected) {
        assertEquals(0, new BigDecimal(expected).compareTo(Intervals.precision(new BigDecimal(amount))),
                () -> amount + " -> " + Intervals.precision(new BigDecimal(amount)));
    }

    @Test
    void exactIntegerWidensByItsPrecision() {
        assertBounds(Intervals.stated(count("60", Approximation.EXACT)), 55, 65);
        assertBounds(Intervals.stated(count("900000", Approximation.EXACT)), 850_000, 950_000);
        assertBounds(Intervals.stated(count("29", Approximation.EXACT)), 28.5, 29.5);
    }

    @Test
    void aboutTakesTheWiderOfPrecisionAndTenPercent() {
        // "some 900,000": precision ±50,000 is narrower than ±10 % (810,000–990,000).
        assertBounds(Intervals.stated(count("900000", Approximation.ABOUT)), 810_000, 990_000);
        // "about 1,000,000": precision ±500,000 is wider than ±10 %.
        assertBounds(Intervals.stated(count("1000000", Approximation.ABOUT)), 500_000, 1_500_000);
    }

    @Test
    void nearlyEndsAtTheStatedAmount() {
        assertBounds(Intervals.stated(count("960000", Approximation.NEARLY)), 864_000, 960_000);
    }

    @Test
    void openEndedApproximations() {
        Interval over = Intervals.stated(count("3000000", Approximation.OVER));
        assertEquals(3_000_000, over.low(), EPS);
        assertTrue(over.lowOpen());
        assertTrue(over.isUnbounded());

        Interval atLeast = Intervals.stated(count("15", Approximation.AT_LEAST));
        assertEquals(15, atLeast.low(), EPS);
        assertFalse(atLeast.lowOpen());
        assertTrue(atLeast.isUnbounded());

        Interval upTo = Intervals.stated(Quantity.of(ValueKind.DURATION, "7", "day").with(Approximation.UP_TO));
        assertBounds(upTo, 0, 168);
        assertFalse(upTo.highOpen());

        Interval under = Intervals.stated(count("5", Approximation.UNDER));
        assertBounds(under, 0, 5);
        assertTrue(under.highOpen());
    }

    @Test
    void statedLengthsConvertToKilometres() {
        assertBounds(Intervals.stated(Quantity.of(ValueKind.LENGTH, "3", "mi")), 4.02336, 5.632704);
        assertBounds(Intervals.stated(Quantity.of(ValueKind.LENGTH, "3.7", "mi")), 5.874106, 6.035040);
        assertBounds(Intervals.stated(Quantity.of(ValueKind.LENGTH, "500", "m")), 0.45, 0.55);
        assertBounds(Intervals.stated(Quantity.of(ValueKind.LENGTH, "501", "m")), 0.5005, 0.5015);
    }

    @Test
    void statedDurationsConvertToHours() {
        assertBounds(Intervals.stated(Quantity.of(ValueKind.DURATION, "1", "week")), 84, 252);
        assertBounds(Intervals.stated(Quantity.of(ValueKind.DURATION, "30", "min")), 25.0 / 60, 35.0 / 60);
    }

    @Test
    void exactIsThePointUnlessTheAgreementIsApproximate() {
        Interval sixKm = Intervals.exact(Quantity.of(ValueKind.LENGTH, "6", "km"));
        assertTrue(sixKm.isPoint());
        assertEquals(6, sixKm.low(), EPS);

        Interval withinWeek = Intervals.exact(Quantity.of(ValueKind.DURATION, "7", "day").with(Approximation.UP_TO));
        assertBounds(withinWeek, 0, 168);
    }

    @Test
    void exactZeroDoesNotGoNegative() {
        assertBounds(Intervals.stated(count("0", Approximation.EXACT)), 0, 0.5);
    }

    private static Quantity count(String amount, Approximation approximation) {
        return new Quantity(ValueKind.COUNT, new BigDecimal(amount), "", approximation);
    }

    private static void assertBounds(Interval interval, double low, double high) {
        assertEquals(low, interval.low(), EPS, "low of " + interval);
        assertEquals(high, interval.high(), EPS, "high of " + interval);
    }
}
