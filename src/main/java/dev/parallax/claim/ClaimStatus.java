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
    public static final List<String> COUNTED = List.of(CURATED.name(), CONFIRMED.name());

    /** What a comparison counts when the client asks to see suggestions too. */
    public static final List<String> COUNTED_WITH_SUGGESTED = List.of(CURATED.name(), CONFIRMED.name(), SUGGESTED.name());

    public static List<String> counted(boolean includeSuggested) {
        return includeSuggested ? COUNTED_WITH_SUGGESTED : COUNTED;
    }
}
