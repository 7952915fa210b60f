package dev.parallax.lineage;

import dev.parallax.source.SourceNode;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** GraphQL view of a copy link. */
@Type("SourceLink")
@Description("A near-duplicate link between two sources of one agreement: a reprint and its original.")
public class SourceLinkNode {

    @NonNull
    @Description("The linked source (the original for copyOf, the copy for copies).")
    public final SourceNode source;

    @NonNull
    @Description("Estimated Jaccard similarity of the two texts' 5-word shingles (MinHash, 128 functions), 0 to 1.")
    public final double similarity;

    @NonNull
    @Description("The passages the copy changed, from the original's words to the copy's, in text order.")
    public final List<@NonNull TextChangeNode> changes;

    SourceLinkNode(SourceLink link) {
        this.source = new SourceNode(link.source());
        this.similarity = link.similarity();
        this.changes = link.changes().stream().map(TextChangeNode::new).toList();
    }
}
