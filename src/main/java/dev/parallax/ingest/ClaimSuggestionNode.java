package dev.parallax.ingest;

import dev.parallax.agreement.FacetNode;
import dev.parallax.claim.Quote;
import dev.parallax.extract.RuleWords;
import dev.parallax.extract.SuggestedClaim;
import dev.parallax.graphql.values.ValueView;
import dev.parallax.graphql.values.ValueViews;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** GraphQL view of one suggestion of {@code extractClaims}. */
@Type("ClaimSuggestion")
@Description("A claim the extractor would suggest (addSource would store it as SUGGESTED); nothing is stored.")
public class ClaimSuggestionNode {

    @NonNull
    @Description("The point the claim is about.")
    public final FacetNode facet;

    @NonNull
    @Description("The value the claim would carry.")
    public final ValueView value;

    @NonNull
    @Description("The words it rests on, with offsets into the text sent (UTF-16 code units).")
    public final Quote quote;

    @Description("Who the text attributes the statement to; null when it is the outlet's own voice.")
    public final String attributedTo;

    @NonNull
    @Description("How sure the extractor is, 0 to 1 (two decimals).")
    public final double confidence;

    @NonNull
    @Description("The extraction rule that produced it, as stored with a suggested claim, e.g. `length+follow+cue`.")
    public final String rule;

    @NonNull
    @Description("The rule in words, one phrase per step.")
    public final String explanation;

    @Description("Why the extractor placed the value on this point, for a value aligned by the agreement's own words"
            + " (the words it shares with the point, the match score and the runner-up); null for a facet's hints.")
    public final String reason;

    ClaimSuggestionNode(String text, ExtractionPreview.Suggested s) {
        SuggestedClaim c = s.claim();
        this.facet = new FacetNode(s.facet());
        this.value = ValueViews.of(c.value());
        this.quote = new Quote(text, c.start(), c.end());
        this.attributedTo = c.attributedTo();
        this.confidence = c.confidence();
        this.rule = c.rule();
        this.explanation = RuleWords.explain(c.rule());
        this.reason = c.reason();
    }
}
