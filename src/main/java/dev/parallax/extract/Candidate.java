package dev.parallax.extract;

import dev.parallax.value.Value;

/**
 * A finding that met its facet's hints, or (with a {@code reason}) that the words around it align with a facet that
 * has no hints, in sentence {@code sentence}: a suggestion unless another one wins.
 */
record Candidate(CompiledFacet facet, Finding finding, int sentence, Evidence evidence, String reason) {

    Candidate(CompiledFacet facet, Finding finding, int sentence, Evidence evidence) {
        this(facet, finding, sentence, evidence, null);
    }

    /** Chosen by the facet's words rather than its hints; the aligner already decided which facets share it. */
    boolean aligned() {
        return reason != null;
    }

    Mention mention() {
        return finding.mention();
    }

    Value value() {
        return finding.value();
    }

    int start() {
        return evidence.start();
    }

    int end() {
        return evidence.end();
    }

    double confidence() {
        return evidence.confidence();
    }

    /** A detected number, time or date is one value in the text, so one facet's at most; names and phrases not. */
    boolean exclusive() {
        return mention() != null && !mention().kind().isName();
    }
}
