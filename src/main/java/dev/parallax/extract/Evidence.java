package dev.parallax.extract;

/**
 * What a facet's hints have confirmed about a finding so far: the span of the quote (widened by {@code follow} and
 * {@code precede}), the rule naming the hints met and the confidence they earned.
 */
record Evidence(int start, int end, String rule, double confidence) {

    static Evidence of(Finding finding) {
        return new Evidence(finding.start(), finding.end(), finding.rule(), finding.detector().confidence());
    }

    Evidence plus(String step, double gain) {
        return new Evidence(start, end, rule + step, confidence + gain);
    }

    Evidence from(int newStart) {
        return new Evidence(newStart, end, rule, confidence);
    }

    Evidence to(int newEnd) {
        return new Evidence(start, newEnd, rule, confidence);
    }

    /** The confidence as stored: two decimals, below certainty. */
    Evidence rounded() {
        return new Evidence(start, end, rule, Math.min(0.99, Math.round(confidence * 100) / 100.0));
    }

    /** Characters between [s, e) and this span; 0 when they touch or overlap. */
    int gap(int s, int e) {
        return e <= start ? start - e : s >= end ? s - end : 0;
    }
}
