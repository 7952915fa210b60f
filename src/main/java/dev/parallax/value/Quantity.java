package dev.parallax.value;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;

/**
 * A count, length, duration, percentage or mass as stated: the amount keeps its written precision. A stated range ("22-25 million",
 * "dozens" = 24 to 99) has {@code to}, its upper end, and covers exactly amount to to; otherwise {@code to} is null.
 */
public record Quantity(ValueKind kind, BigDecimal amount, String unit, Approximation approximation, BigDecimal to)
        implements Value {

    /** Digits allowed on each side of the decimal point: far beyond any quantity in the news. */
    public static final int MAX_DIGITS = 18;
    /** The longest duration: what java.time.Duration holds (about 292 billion years), in hours. */
    public static final double MAX_DURATION_HOURS = Duration.ofSeconds(Long.MAX_VALUE).toHours();

    public Quantity {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(approximation, "approximation");
        if (!kind.isQuantity()) {
            throw new IllegalArgumentException("kind: a quantity must be COUNT, LENGTH, DURATION, PERCENT or MASS, not " + kind);
        }
        // Bounded before anything prints or converts it: 1e999999 would take the CPU for minutes.
        if (!fits(amount)) {
            throw new IllegalArgumentException("amount: at most " + MAX_DIGITS + " digits before and after the point");
        }
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("amount: must be >= 0, got " + amount.toPlainString());
        }
        if (unit == null && kind == ValueKind.COUNT) {
            unit = "";
        }
        if (!QuantityUnits.isValid(kind, unit)) {
            throw new IllegalArgumentException("unit: '" + unit + "' is not valid for " + kind
                    + "; expected one of " + QuantityUnits.unitsFor(kind));
        }
        if (!withinLimit(kind, amount, unit)) {
            throw new IllegalArgumentException("amount: a duration may be at most " + (long) MAX_DURATION_HOURS
                    + " h (what java.time holds), got " + amount.toPlainString() + " " + unit);
        }
        if (to != null) {
            checkRangeEnd(kind, amount, unit, approximation, to);
        }
    }

    /** A quantity stated as one amount. */
    public Quantity(ValueKind kind, BigDecimal amount, String unit, Approximation approximation) {
        this(kind, amount, unit, approximation, null);
    }

    private static void checkRangeEnd(ValueKind kind, BigDecimal amount, String unit, Approximation approximation,
                                      BigDecimal to) {
        if (!fits(to)) {
            throw new IllegalArgumentException("to: at most " + MAX_DIGITS + " digits before and after the point");
        }
        if (to.compareTo(amount) < 0) {
            throw new IllegalArgumentException("to: the range end " + to.toPlainString() + " lies below the amount "
                    + amount.toPlainString());
        }
        if (!withinLimit(kind, to, unit)) {
            throw new IllegalArgumentException("to: a duration may be at most " + (long) MAX_DURATION_HOURS
                    + " h (what java.time holds), got " + to.toPlainString() + " " + unit);
        }
        if (approximation != Approximation.EXACT && approximation != Approximation.ABOUT) {
            throw new IllegalArgumentException("approx: a range is EXACT or ABOUT, not " + approximation);
        }
    }

    /** True for a stated range ("22-25 million", "dozens"). */
    public boolean isRange() {
        return to != null;
    }

    /** True for an amount with at most {@link #MAX_DIGITS} digits before and after the point. */
    public static boolean fits(BigDecimal amount) {
        return amount.precision() - amount.scale() <= MAX_DIGITS && amount.scale() <= MAX_DIGITS;
    }

    /** False for a duration longer than {@link #MAX_DURATION_HOURS} at its longest; true for any other kind. */
    public static boolean withinLimit(ValueKind kind, BigDecimal amount, String unit) {
        return kind != ValueKind.DURATION || !QuantityUnits.isValid(kind, unit)
                || QuantityUnits.toCanonicalHigh(amount.doubleValue(), kind, unit) <= MAX_DURATION_HOURS;
    }

    /** A stated range from amount to to, e.g. {@code range(COUNT, "24", "99", "")} for "dozens". */
    public static Quantity range(ValueKind kind, String amount, String to, String unit) {
        return new Quantity(kind, new BigDecimal(amount), unit, Approximation.EXACT, new BigDecimal(to));
    }

    /** An exactly stated quantity, e.g. {@code of(LENGTH, "3.7", "mi")}. */
    public static Quantity of(ValueKind kind, String amount, String unit) {
        return new Quantity(kind, new BigDecimal(amount), unit, Approximation.EXACT);
    }

    /** The same quantity with another approximation. */
    public Quantity with(Approximation newApproximation) {
        return new Quantity(kind, amount, unit, newApproximation, to);
    }
}
