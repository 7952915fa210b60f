package dev.parallax.lineage;

import dev.parallax.source.SourceNode;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** GraphQL view of one version of a source. */
@Type("SourceVersion")
@Description("One version of a source: a later, different text added at the same URL is a new version, not a"
        + " new independent source. Every version keeps its text and claims; the comparison uses the latest.")
public class SourceVersionNode {

    @NonNull
    @Description("1 for the first version, then in the order they were added.")
    public final int number;

    @NonNull
    @Description("The version.")
    public final SourceNode source;

    @Description("Estimated similarity to the previous version (as for SourceLink); null for the first.")
    public final Double similarity;

    @NonNull
    @Description("The passages changed since the previous version, word by word; empty for the first.")
    public final List<@NonNull TextChangeNode> changes;

    @NonNull
    @Description("True for the latest version, the one the comparison uses.")
    public final boolean latest;

    SourceVersionNode(SourceVersion version) {
        this.number = version.number();
        this.source = new SourceNode(version.source());
        this.similarity = version.similarity();
        this.changes = version.changes().stream().map(TextChangeNode::new).toList();
        this.latest = version.latest();
    }
}
