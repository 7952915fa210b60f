package dev.parallax.extract;

import dev.parallax.value.Value;
import java.util.regex.MatchResult;

/**
 * A value one facet might take, before its hints are checked: a detected {@code mention}, or (mention null) a match
 * of the facet's own assertion or text patterns.
 */
record Finding(Mention mention, int start, int end, Value value, Detector detector, String rule) {

    static Finding of(Mention m) {
        return new Finding(m, m.start(), m.end(), m.value(), m.detector(), m.rule());
    }

    static Finding phrase(MatchResult match, Value value, Detector detector) {
        return new Finding(null, match.start(), match.end(), value, detector, detector.label());
    }

    /** Only detected values take {@code follow}/{@code precede}: a facet's own phrases already say what they are. */
    boolean anchored() {
        return mention != null;
    }
}
