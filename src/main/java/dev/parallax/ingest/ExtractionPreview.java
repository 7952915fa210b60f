package dev.parallax.ingest;

import dev.parallax.agreement.Facet;
import dev.parallax.extract.NearMiss;
import dev.parallax.extract.SuggestedClaim;
import java.util.List;

/**
 * What {@code addSource} would suggest for a text, computed and not stored: each suggestion and near-miss with its
 * facet, and how many near-misses there were in all (only the first {@link ExtractionPreviewService#MAX_NEAR_MISSES}
 * are kept).
 */
public record ExtractionPreview(String text, List<Suggested> suggestions, List<Missed> nearMisses, int nearMissesSeen) {

    /** A suggestion with the facet it is for. */
    public record Suggested(Facet facet, SuggestedClaim claim) {
    }

    /** A near-miss with the facet it was considered for. */
    public record Missed(Facet facet, NearMiss miss) {
    }
}
