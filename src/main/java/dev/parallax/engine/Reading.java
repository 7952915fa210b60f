package dev.parallax.engine;

import dev.parallax.value.Interval;
import dev.parallax.value.Intervals;
import dev.parallax.value.Quantity;
import dev.parallax.value.TextValue;
import dev.parallax.value.Value;
import dev.parallax.value.ValueKind;
import java.util.List;

/** A value in comparable form: quantities carry their canonical interval; a derived sum has parts and no value. */
record Reading(Value value, Interval interval, List<Quantity> parts) {

    Reading {
        parts = List.copyOf(parts);
    }

    /** What a source's value covers, precision and approximation included. */
    static Reading stated(Value value) {
        return new Reading(value, value instanceof Quantity q ? Intervals.stated(q) : null, List.of());
    }

    /** The agreement's expected value: an exact quantity is a point. */
    static Reading expected(Value value) {
        return new Reading(value, value instanceof Quantity q ? Intervals.exact(q) : null, List.of());
    }

    /** A source's total over a derived facet's parts: the sum of the parts' stated intervals. */
    static Reading derived(List<Quantity> parts) {
        Interval sum = null;
        for (Quantity part : parts) {
            Interval stated = Intervals.stated(part);
            sum = sum == null ? stated : sum.plus(stated);
        }
        return new Reading(null, sum, parts);
    }

    boolean isDerived() {
        return value == null;
    }

    boolean isCheckable() {
        return !(value instanceof TextValue);
    }

    ValueKind kind() {
        return value != null ? value.kind() : interval.kind();
    }
}
