package dev.parallax.extract;

import dev.parallax.value.Value;
import dev.parallax.value.ValueKind;

/** A value found in the text at [start, end), before any facet is assigned; {@code detector} names what found it. */
record Mention(ValueKind kind, int start, int end, Value value, String detector) {

    boolean overlaps(int s, int e) {
        return start < e && s < end;
    }
}
