package dev.parallax.value;

import java.util.Objects;

/** A range of amounts in the canonical unit of a quantity kind; high may be +infinity. */
public record Interval(ValueKind kind, double low, boolean lowOpen, double high, boolean highOpen) {

    public Interval {
        Objects.requireNonNull(kind, "kind");
        if (!kind.isQuantity()) {
            throw new IllegalArgumentException("kind: an interval must be of a quantity kind (COUNT, LENGTH, DURATION, PERCENT, MASS), not " + kind);
        }
        if (Double.isNaN(low) || Double.isNaN(high) || Double.isInfinite(low)) {
            throw new IllegalArgumentException("interval bounds must be numbers with a finite low: "
                    + low + ", " + high);
        }
        if (low > high) {
            throw new IllegalArgumentException("interval low " + low + " exceeds high " + high);
        }
        if (Double.isInfinite(high)) {
            highOpen = true;
        }
    }

    public static Interval closed(ValueKind kind, double low, double high) {
        return new Interval(kind, low, false, high, false);
    }

    public static Interval point(ValueKind kind, double value) {
        return closed(kind, value, value);
    }

    /** The canonical unit the bounds are in. */
    public String unit() {
        return QuantityUnits.canonicalUnit(kind);
    }

    public boolean isUnbounded() {
        return Double.isInfinite(high);
    }

    public boolean isPoint() {
        return !lowOpen && !highOpen && low == high;
    }

    /** True when the two ranges share at least one amount; bounds within rounding noise count as equal. */
    public boolean overlaps(Interval other) {
        requireSameKind(other);
        double lo;
        boolean loOpen;
        if (same(low, other.low)) {
            lo = Math.max(low, other.low);
            loOpen = lowOpen || other.lowOpen;
        } else if (low > other.low) {
            lo = low;
            loOpen = lowOpen;
        } else {
            lo = other.low;
            loOpen = other.lowOpen;
        }
        double hi;
        boolean hiOpen;
        if (same(high, other.high)) {
            hi = Math.min(high, other.high);
            hiOpen = highOpen || other.highOpen;
        } else if (high < other.high) {
            hi = high;
            hiOpen = highOpen;
        } else {
            hi = other.high;
            hiOpen = other.highOpen;
        }
        if (same(lo, hi)) {
            return !loOpen && !hiOpen;
        }
        return lo < hi;
    }

    /** Orders by low bound; an open low lies above an equal closed one (bounds within rounding noise are equal). */
    public int compareLow(Interval other) {
        requireSameKind(other);
        if (same(low, other.low)) {
            return Boolean.compare(lowOpen, other.lowOpen);
        }
        return Double.compare(low, other.low);
    }

    /** Orders by high bound; an open high lies below an equal closed one (bounds within rounding noise are equal). */
    public int compareHigh(Interval other) {
        requireSameKind(other);
        if (same(high, other.high)) {
            return Boolean.compare(other.highOpen, highOpen);
        }
        return Double.compare(high, other.high);
    }

    /** The range of sums a + b for a in this and b in other. */
    public Interval plus(Interval other) {
        requireSameKind(other);
        return new Interval(kind, low + other.low, lowOpen || other.lowOpen,
                high + other.high, highOpen || other.highOpen);
    }

    private void requireSameKind(Interval other) {
        if (other.kind != kind) {
            throw new IllegalArgumentException("cannot combine a " + kind + " interval with a " + other.kind + " one");
        }
    }

    // Unit conversion in double leaves noise in the last bits; a closed bound must still meet an equal one.
    private static boolean same(double a, double b) {
        if (a == b) {
            return true;
        }
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return false;
        }
        return Math.abs(a - b) <= 1e-9 * Math.max(1.0, Math.max(Math.abs(a), Math.abs(b)));
    }
}
