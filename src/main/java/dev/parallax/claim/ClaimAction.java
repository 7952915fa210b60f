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
    CORRECTED
}
