package dev.parallax.claim;

import org.eclipse.microprofile.graphql.Description;

/** What a change to a claim did. */
@Description("What a change to a claim did.")
public enum ClaimAction {
    @Description("The extractor suggested the claim.")
    SUGGESTED,
    @Description("An editor added the claim by hand.")
    ADDED,
    @Description("A reviewer confirmed a suggested claim.")
    CONFIRMED,
    @Description("A reviewer rejected a suggested claim.")
    REJECTED,
    @Description("A reviewer corrected the claim's value, facet or quote.")
    CORRECTED,
    @Description("The claim was carried over from the source's previous version, whose text still has its quote"
            + " (before: the claim on the previous version).")
    CARRIED_OVER,
    @Description("A new version of the source no longer has the claim's quote: the claim stays on the old version"
            + " and is not carried over.")
    GONE
}
