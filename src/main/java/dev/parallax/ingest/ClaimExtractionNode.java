package dev.parallax.ingest;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The result of {@code extractClaims}. */
@Type("ClaimExtraction")
@Description("What the extractor finds in a text for an agreement's points, computed and not stored.")
public class ClaimExtractionNode {

    @NonNull
    @Description("The suggestions addSource would store for this text, in text order.")
    public final List<@NonNull ClaimSuggestionNode> suggestions;

    @NonNull
    @Description("Values considered and turned down, in text order; at most 100 (see nearMissCount).")
    public final List<@NonNull ExtractionNearMissNode> nearMisses;

    @NonNull
    @Description("How many near-misses there were in all; more than listed when the list was cut at 100.")
    public final int nearMissCount;

    ClaimExtractionNode(ExtractionPreview preview) {
        this.suggestions = preview.suggestions().stream().map(s -> new ClaimSuggestionNode(preview.text(), s)).toList();
        this.nearMisses = preview.nearMisses().stream().map(m -> new ExtractionNearMissNode(preview.text(), m)).toList();
        this.nearMissCount = preview.nearMissesSeen();
    }
}
