package dev.parallax.agreement;

import dev.parallax.graphql.GlobalNode;
import dev.parallax.graphql.Node;
import dev.parallax.graphql.NodeType;
import dev.parallax.graphql.values.ValueKindView;
import dev.parallax.graphql.values.ValueView;
import dev.parallax.graphql.values.ValueViews;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** GraphQL view of a facet. */
@Type("Facet")
@Description("One checkable point: either part of a clause, with the value the agreement states, or a"
        + " context fact the agreement does not settle (casualty figures, where a place lies, ...).")
public class FacetNode extends GlobalNode implements Node {

    @Ignore
    public final long databaseId;

    @NonNull
    @Description("Stable key, unique within the agreement, e.g. `corridor-depth-north`.")
    public final String key;

    @NonNull
    @Description("Human-readable name of the point.")
    public final String label;

    @Description("One line on what the point is.")
    public final String description;

    @NonNull
    @Description("The kind of value claims about this point carry.")
    public final ValueKindView kind;

    @Description("The clause this point belongs to; null for context facts.")
    public final ClauseNode clause;

    @Description("The value the agreement's text states; null for context facts. For a derived facet,"
            + " the comparison's row carries the computed value.")
    public final ValueView expected;

    @NonNull
    @Description("Keys of the facets this one is the sum of (e.g. width = depth north + depth south); empty if not derived.")
    public final List<@NonNull String> sumOf;

    @NonNull
    @Description("For PLACE and ACTOR points: the canonical names with their aliases, as imported; empty otherwise.")
    public final List<@NonNull FacetNameNode> names;

    @NonNull
    @Description("The extraction hints the extractor uses for this point, as imported, by key; empty when it has none.")
    public final List<@NonNull FacetHintNode> extractionHints;

    public FacetNode(Facet f) {
        super(NodeType.Facet, f.id);
        this.databaseId = f.id;
        this.key = f.key;
        this.label = f.label;
        this.description = f.description;
        this.kind = ValueKindView.valueOf(f.kind.name());
        this.clause = f.clause == null ? null : new ClauseNode(f.clause);
        this.expected = f.expected == null ? null : ValueViews.of(f.expected);
        this.sumOf = f.sumOf;
        this.names = f.names == null ? List.of() : f.names.stream().map(FacetNameNode::new).toList();
        this.extractionHints = FacetHintNode.of(f.extract);
    }
}
