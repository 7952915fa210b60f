package dev.parallax.agreement;

import dev.parallax.graphql.GlobalNode;
import dev.parallax.graphql.Node;
import dev.parallax.graphql.NodeType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** GraphQL view of an agreement. */
@Type("Agreement")
@Description("An agreement (treaty, protocol, deal) whose points the sources report on.")
public class AgreementNode extends GlobalNode implements Node {

    @Ignore
    public final long databaseId;

    @NonNull
    @Description("Stable short name, e.g. `paris-2015`.")
    public final String slug;

    @NonNull
    @Description("Full title of the agreement.")
    public final String title;

    @NonNull
    @Description("The parties that signed it.")
    public final List<@NonNull String> parties;

    @Description("Where it was signed, if known.")
    public final String place;

    @Description("The date it was signed, if known.")
    public final LocalDate signedOn;

    public AgreementNode(Agreement a) {
        super(NodeType.Agreement, a.id);
        this.databaseId = a.id;
        this.slug = a.slug;
        this.title = a.title;
        this.parties = a.parties;
        this.place = a.place;
        this.signedOn = a.signedOn;
    }
}
