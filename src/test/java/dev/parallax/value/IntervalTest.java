package dev.parallax.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IntervalTest {

    private static final ValueKind K = ValueKind.COUNT;

    @Test
    void disjointClosedIntervalsDoNotOverlap() {
        assertFalse(Interval.closed(K, 28.5, 29.5).overlaps(Interval.closed(K, 32.5, 33.5)));
    }

    @Test
    void touchingClosedBoundsOverlap() {
        assertTrue(Interval.closed(K, 0, 7).overlaps(Interval.point(K, 7)));
        assertTrue(Interval.point(K, 7).overlaps(Interval.closed(K, 0, 7)));
    }

    @Test
    void anOpenBoundExcludesTheTouchingPoint() {
        Interval over = new Interval(K, 15, true, Double.POSITIVE_INFINITY, true);
        assertFalse(over.overlaps(Interval.closed(K, 10, 15)));
        assertTrue(over.overlaps(Interval.closed(K, 10, 15.01)));
        Interval under = new Interval(K, 0, false, 5, true);
        assertFalse(under.overlaps(Interval.point(K, 5)));
    }

    @Test
    void unboundedIntervalsOverlapEachOther() {
        Interval a = new Interval(K, 3, true, Double.POSITIVE_INFINITY, true);
        Interval b = new Interval(K, 5, false, Double.POSITIVE_INFINITY, true);
        assertTrue(a.overlaps(b));
        assertTrue(b.overlaps(a));
    }

    @Test
    void conversionNoiseAtABoundStillCountsAsTouching() {
        assertTrue(Interval.closed(K, 0, 168.00000000001).overlaps(Interval.point(K, 168)));
        assertTrue(Interval.closed(K, 0, 167.99999999999).overlaps(Interval.point(K, 168)));
    }

    @Test
    void plusAddsBoundsAndKeepsOpenness() {
        Interval sum = Interval.closed(K, 1, 2).plus(new Interval(K, 3, true, Double.POSITIVE_INFINITY, true));
        assertEquals(4, sum.low());
        assertTrue(sum.lowOpen());
        assertTrue(sum.isUnbounded());
    }

    @Test
    void rejectsMixedKindsAndInvertedBounds() {
        assertThrows(IllegalArgumentException.class,
                () -> Interval.point(K, 1).overlaps(Interval.point(ValueKind.LENGTH, 1)));
        assertThrows(IllegalArgumentException.class, () -> Interval.closed(K, 2, 1));
        assertThrows(IllegalArgumentException.class, () -> Interval.point(ValueKind.DATE, 1));
    }
}
