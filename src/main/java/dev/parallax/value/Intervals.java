package dev.parallax.value;

import java.math.BigDecimal;

/** Turns a quantity into the interval of amounts it covers, in the canonical unit. */
public final class Intervals {

    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal NINE_TENTHS = new BigDecimal("0.9");
    private static final BigDecimal ELEVEN_TENTHS = new BigDecimal("1.1");

    private Intervals() {
    }

    /** Half a unit in the last written place: "3.7" -> 0.05, "29" -> 0.5, "900000" -> 50000. */
    public static BigDecimal precision(BigDecimal amount) {
        int scale = amount.scale() > 0 ? amount.scale() : amount.stripTrailingZeros().scale();
        if (amount.signum() == 0) {
            scale = Math.max(scale, 0);
        }
        return HALF.scaleByPowerOfTen(-scale);
    }

    /**
     * What a source's statement covers: precision widening, then approximation. A calendar unit (month, year) widens
     * to its shortest and longest span; a bound the hedge draws at the number itself keeps the same calendar as the
     * number it is compared with, so "over 14 months" lies beyond the longest 14 months and "under" before the shortest.
     */
    public static Interval stated(Quantity q) {
        if (q.isRange()) {
            return range(q);
        }
        BigDecimal v = q.amount();
        BigDecimal p = precision(v);
        ValueKind kind = q.kind();
        return switch (q.approximation()) {
            case EXACT -> closed(q, nonNegative(v.subtract(p)), v.add(p));
            case ABOUT -> closed(q, nonNegative(v.subtract(p).min(v.multiply(NINE_TENTHS))),
                    v.add(p).max(v.multiply(ELEVEN_TENTHS)));
            case NEARLY -> closed(q, nonNegative(v.subtract(p).min(v.multiply(NINE_TENTHS))), v);
            case OVER -> new Interval(kind, high(q, v), true, Double.POSITIVE_INFINITY, true);
            case AT_LEAST -> new Interval(kind, low(q, v), false, Double.POSITIVE_INFINITY, true);
            case UP_TO -> closed(q, BigDecimal.ZERO, v);
            case UNDER -> new Interval(kind, 0.0, false, low(q, v), true);
        };
    }

    /** An agreement's expected value: the exact point (a calendar span for months, years), unless it is approximate. */
    public static Interval exact(Quantity q) {
        if (q.approximation() == Approximation.EXACT) {
            return closed(q, q.amount(), q.isRange() ? q.to() : q.amount());
        }
        return stated(q);
    }

    // "dozens" = 24 to 99 as written, no precision widening; "about 22-25 million" widens by 10 % either side
    private static Interval range(Quantity q) {
        if (q.approximation() == Approximation.ABOUT) {
            return closed(q, q.amount().multiply(NINE_TENTHS), q.to().multiply(ELEVEN_TENTHS));
        }
        return closed(q, q.amount(), q.to());
    }

    private static Interval closed(Quantity q, BigDecimal low, BigDecimal high) {
        return Interval.closed(q.kind(), low(q, low), high(q, high));
    }

    private static BigDecimal nonNegative(BigDecimal x) {
        return x.max(BigDecimal.ZERO);
    }

    private static double low(Quantity q, BigDecimal amount) {
        return QuantityUnits.toCanonicalLow(amount.doubleValue(), q.kind(), q.unit());
    }

    private static double high(Quantity q, BigDecimal amount) {
        return QuantityUnits.toCanonicalHigh(amount.doubleValue(), q.kind(), q.unit());
    }
}
