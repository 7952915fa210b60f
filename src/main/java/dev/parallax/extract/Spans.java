package dev.parallax.extract;

import java.util.Map;
import java.util.TreeMap;

/**
 * Spans [start, end) found so far, kept by start: "does this overlap one" looks only at spans starting at most the
 * longest span's length before it, not at all of them.
 */
final class Spans {

    private final TreeMap<Integer, Integer> endByStart = new TreeMap<>();
    private int longest;

    /** Adds [start, end); of two spans with the same start the longer one is kept. */
    void add(int start, int end) {
        endByStart.merge(start, end, Math::max);
        longest = Math.max(longest, end - start);
    }

    /** True when [start, end) overlaps one of the spans. */
    boolean overlaps(int start, int end) {
        for (Map.Entry<Integer, Integer> e : endByStart.headMap(end, false).descendingMap().entrySet()) {
            if (e.getKey() <= start - longest) {
                return false;
            }
            if (e.getValue() > start) {
                return true;
            }
        }
        return false;
    }
}
