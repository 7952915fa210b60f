package dev.parallax.extract;

/**
 * How a value is aligned with a facet that has no hints: the weight of each of the facet's fields, whether stems are
 * weighted by their rarity among the agreement's facets ({@code idf}) and scored as a cosine (else the share of the
 * facet's stems present), whether words nearer the value count more ({@code window}, half weight at
 * {@code halfWeightChars} characters), how much the previous sentence counts ({@code previous}, 0 = not at all), the
 * score a facet needs ({@code threshold}) and how close to the best a second facet must come to share the value
 * ({@code tieRatio}); a suggestion below {@code minConfidence} is not made. {@link #BEST} is what the service uses; the others are kept for the side-by-side comparison.
 */
record AlignmentSettings(String name, double label, double description, double names, double clauseTitle,
                         double clauseText, boolean idf, boolean window, double halfWeightChars, double previous,
                         int reach, double threshold, double tieRatio, double minConfidence) {

    /** IDF-weighted cosine, clause text at low weight, nearer words count more, previous sentence at a third. */
    static final AlignmentSettings BEST = new AlignmentSettings("idf-cosine-window", 3, 2, 2, 1.5, 0.5, true, true,
            40, 0.35, 24, 0.20, 0.75, 0);

    /** Plain stem overlap: the share of the facet's label, description and name stems found in the sentence. */
    static final AlignmentSettings PLAIN = new AlignmentSettings("plain-overlap", 1, 1, 1, 0, 0, false, false, 40, 0,
            24, 0.20, 0.75, 0);
}
