package dev.parallax.claim;

import dev.parallax.domain.Unicode;
import dev.parallax.value.Value;
import dev.parallax.value.ValueKind;

/** What makes a claim well-formed, shared by the seed loader, manual claims and review. */
public final class ClaimRules {

    private ClaimRules() {
    }

    /**
     * A claim's value must be of its facet's kind, or free text speaking to the point, or a date without a time on a
     * point in time ("on Friday"), which is compared at date precision.
     */
    public static boolean fits(Value value, ValueKind facetKind) {
        return value.kind() == facetKind || value.kind() == ValueKind.TEXT
                || value.kind() == ValueKind.DATE && facetKind == ValueKind.INSTANT;
    }

    /** A quote span must be non-empty, lie inside the text and not cut a character in two. */
    public static boolean spanInside(String text, int start, int end) {
        return start >= 0 && end > start && end <= text.length()
                && !Unicode.splitsSurrogatePair(text, start) && !Unicode.splitsSurrogatePair(text, end);
    }
}
