package dev.parallax.claim;

import dev.parallax.graphql.GlobalNode;
import dev.parallax.graphql.Node;
import dev.parallax.graphql.NodeType;
import dev.parallax.graphql.values.ValueView;
import dev.parallax.graphql.values.ValueViews;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** GraphQL view of a claim. */
@Type("Claim")
@Description("One source's statement about one facet: a typed value and the exact words it rests on.")
public class ClaimNode extends GlobalNode implements Node {

    @Ignore
    public final long databaseId;

    @Ignore
    public final long sourceId;

    @Ignore
    public final long facetId;

    @NonNull
    @Description("The value the statement carries.")
    public final ValueView value;

    @NonNull
    @Description("The verbatim words in the source text.")
    public final Quote quote;

    @Description("Who the source attributes the statement to (a named person or body, e.g. \"UN\"); null when it is the outlet's own voice.")
    public final String attributedTo;

    @NonNull
    @Description("Review state.")
    public final ClaimStatus status;

    @NonNull
    @Description("Where the claim came from, e.g. `seed:` and the agreement slug, `extractor`, `manual`.")
    public final String origin;

    @Description("How sure the extractor was, 0 to 1, when it suggested the claim; null for claims written by people.")
    public final Double confidence;

    @Description("The extraction rule that suggested the claim, e.g. `count+align`; null for claims written by people.")
    public final String rule;

    @Description("Why the extractor placed the value on this point, when it aligned it by the agreement's own words (the"
            + " words it shares with the point, the match score and the runner-up); null otherwise.")
    public final String reason;

    public ClaimNode(Claim c) {
        super(NodeType.Claim, c.id);
        this.databaseId = c.id;
        this.sourceId = c.sourceId;
        this.facetId = c.facetId;
        this.value = ValueViews.of(c.value);
        this.quote = new Quote(c);
        this.attributedTo = c.attributedTo;
        this.status = c.status;
        this.origin = c.origin;
        this.confidence = c.confidence;
        this.rule = c.rule;
        this.reason = c.reason;
    }
}
