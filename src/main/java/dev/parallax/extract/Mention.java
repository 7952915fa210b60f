package dev.parallax.extract;

import dev.parallax.value.Value;
import dev.parallax.value.ValueKind;

/**
 * A value found in the text at [start, end), before any facet is assigned; {@code detector} names what found it and
 * {@code detail} how ("+conversion", "+date", ...; empty when plain).
 */
record Mention(ValueKind kind, int start, int end, Value value, Detector detector, String detail) {

    Mention(ValueKind kind, int start, int end, Value value, Detector detector) {
        this(kind, start, end, value, detector, "");
    }

    /** The rule name, as stored with a suggestion: "length+conversion", "clock+weekday", ... */
    String rule() {
        return detector.label() + detail;
    }
}
