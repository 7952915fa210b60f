package dev.parallax.agreement;

import dev.parallax.graphql.GlobalNode;
import dev.parallax.graphql.Node;
import dev.parallax.graphql.NodeType;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** GraphQL view of a clause. */
@Type("Clause")
@Description("One clause or preamble item of an agreement, in Parallax's own summary wording.")
public class ClauseNode extends GlobalNode implements Node {

    @NonNull
    @Description("Number as the agreement gives it: \"1\", \"2\", or \"P1\".. for preamble items.")
    public final String number;

    @NonNull
    @Description("Short title.")
    public final String title;

    @NonNull
    @Description("What the clause says.")
    public final String text;

    public ClauseNode(Clause c) {
        super(NodeType.Clause, c.id);
        this.number = c.number;
        this.title = c.title;
        this.text = c.text;
    }
}
