package dev.parallax.claim;

import dev.parallax.graphql.values.ValueInput;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Inputs of the claim review mutations. */
public final class ClaimInputs {

    private ClaimInputs() {
    }

    /** Names one claim. */
    @Input("ReviewClaimInput")
    @Description("The claim to confirm or reject.")
    public static class ReviewClaimInput {
        @NonNull
        @Id
        @Description("Global ID of the claim.")
        public String claimId;
    }

    /** A quote span, re-checked against the source text. */
    @Input("QuoteSpanInput")
    @Description("Where a quote stands in the source text (UTF-16 offsets, end exclusive); the exact words are taken from the text.")
    public static class QuoteSpanInput {
        @NonNull
        @Description("Offset of the first character.")
        public int start;

        @NonNull
        @Description("Offset just past the last character.")
        public int end;
    }

    /** A correction; unset fields stay as they are. */
    @Input("CorrectClaimInput")
    @Description("A correction to a claim; fields left out stay as they are. A corrected suggestion becomes CONFIRMED.")
    public static class CorrectClaimInput {
        @NonNull
        @Id
        @Description("Global ID of the claim.")
        public String claimId;

        @Description("Key of the facet the claim speaks to.")
        public String facetKey;

        @Description("The value the claim carries.")
        public ValueInput value;

        @Description("The quote span.")
        public QuoteSpanInput quote;

        @Description("Who the source attributes the statement to.")
        public String attributedTo;
    }

    /** A claim written by hand. */
    @Input("AddClaimInput")
    @Description("A claim written by an editor; it is counted by comparisons at once (status CURATED, origin manual).")
    public static class AddClaimInput {
        @NonNull
        @Id
        @Description("Global ID of the source making the claim.")
        public String sourceId;

        @NonNull
        @Description("Key of the facet the claim speaks to.")
        public String facetKey;

        @NonNull
        @Description("The value the claim carries.")
        public ValueInput value;

        @NonNull
        @Description("The quote span.")
        public QuoteSpanInput quote;

        @Description("Who the source attributes the statement to; omit for the outlet's own voice.")
        public String attributedTo;
    }

    /** The result of a review mutation. */
    @Description("The claim as it stands after the change.")
    public static class ClaimPayload {
        @NonNull
        @Description("The claim.")
        public final ClaimNode claim;

        public ClaimPayload(ClaimNode claim) {
            this.claim = claim;
        }
    }
}
