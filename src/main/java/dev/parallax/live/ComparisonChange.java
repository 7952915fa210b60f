package dev.parallax.live;

import dev.parallax.changes.Change;
import dev.parallax.changes.ChangeKind;
import dev.parallax.graphql.GlobalId;
import dev.parallax.graphql.NodeType;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** What changed in an agreement's comparison, enough for a client to refetch the rows it shows. */
@Type("ComparisonChange")
@Description("An agreement's comparison changed: refetch the rows of these facets (all rows when facetIds is empty).")
public record ComparisonChange(
        @Id @NonNull @Description("The agreement whose comparison changed.") String agreementId,
        @NonNull @Description("What kind of write it was.") ChangeKind kind,
        @Id @Description("The source whose claims changed, if one did.") String sourceId,
        @NonNull @Description("Facets (rows) whose cells may have changed; empty means any row.")
                @Id List<@NonNull String> facetIds) {

    static ComparisonChange of(Change change) {
        return new ComparisonChange(GlobalId.of(NodeType.Agreement, change.agreementId()), change.kind(),
                change.sourceId() == null ? null : GlobalId.of(NodeType.Source, change.sourceId()),
                change.facetIds().stream().map(id -> GlobalId.of(NodeType.Facet, id)).toList());
    }
}
