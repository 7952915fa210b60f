package dev.parallax.extract;

/**
 * What the agreement itself says about a facet, in the operator's plain words: its label, description, and its
 * clause's title and text (each may be empty). The extractor aligns a value with a facet by these words when the
 * facet has no {@code extract:} hints.
 */
public record FacetWords(String label, String description, String clauseTitle, String clauseText) {

    /** No words: the facet is found only by its hints and names. */
    public static final FacetWords NONE = new FacetWords("", "", "", "");

    public FacetWords {
        label = label == null ? "" : label;
        description = description == null ? "" : description;
        clauseTitle = clauseTitle == null ? "" : clauseTitle;
        clauseText = clauseText == null ? "" : clauseText;
    }
}
