package dev.parallax.claim;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;

/** Review state of a claim. */
@Description("Review state of a claim.")
public enum ClaimStatus {
    @Description("Written by an editor as part of a curated corpus.")
    CURATED,
    @Description("Proposed automatically, not yet reviewed.")
    SUGGESTED,
    @Description("Proposed automatically and confirmed by a reviewer.")
    CONFIRMED,
    @Description("Proposed automatically and rejected by a reviewer.")
    REJECTED;

    /** The statuses a comparison counts. */
    public static final List<ClaimStatus> COUNTED = List.of(CURATED, CONFIRMED);

    /** What a comparison counts when the client asks to see suggestions too. */
    public static final List<ClaimStatus> COUNTED_WITH_SUGGESTED = List.of(CURATED, CONFIRMED, SUGGESTED);

    public static List<ClaimStatus> counted(boolean includeSuggested) {
        return includeSuggested ? COUNTED_WITH_SUGGESTED : COUNTED;
    }
}
