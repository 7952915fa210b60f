package dev.parallax.ingest;

import dev.parallax.agreement.FacetNode;
import dev.parallax.claim.Quote;
import dev.parallax.extract.NearMiss;
import dev.parallax.graphql.values.ValueView;
import dev.parallax.graphql.values.ValueViews;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** GraphQL view of one near-miss of {@code extractClaims}. */
@Type("ExtractionNearMiss")
@Description("A value the extractor considered for a point and turned down, with the reason.")
public class ExtractionNearMissNode {

    @NonNull
    @Description("The point the value was considered for.")
    public final FacetNode facet;

    @NonNull
    @Description("The candidate value.")
    public final ValueView value;

    @NonNull
    @Description("Where it stands in the text sent (UTF-16 code units), widened by any pattern it met.")
    public final Quote quote;

    @NonNull
    @Description("Why it was not suggested, e.g. no cue of the facet near it, or another point took the value.")
    public final String reason;

    ExtractionNearMissNode(String text, ExtractionPreview.Missed m) {
        NearMiss miss = m.miss();
        this.facet = new FacetNode(m.facet());
        this.value = ValueViews.of(miss.value());
        this.quote = new Quote(text, miss.start(), miss.end());
        this.reason = miss.reason();
    }
}
