package dev.parallax.live;

import dev.parallax.changes.Change;
import dev.parallax.claim.ClaimAction;
import dev.parallax.graphql.GlobalId;
import dev.parallax.graphql.NodeType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One claim that changed, and what happened to it. */
@Type("ClaimChangeNotice")
@Description("A claim of the agreement changed: fetch it by claimId (node) for its new state and history.")
public record ClaimChangeNotice(
        @Id @NonNull @Description("The claim that changed.") String claimId,
        @NonNull @Description("What happened to it.") ClaimAction action,
        @Id @NonNull @Description("The claim's facet (its row in the comparison).") String facetId,
        @Id @Description("The claim's source (its column), when the change names it.") String sourceId,
        @Id @NonNull @Description("The agreement the claim belongs to.") String agreementId) {

    /** One notice per claim (a claim moved to another facet is touched twice in the change, reported once). */
    static List<ClaimChangeNotice> of(Change change) {
        String agreement = GlobalId.of(NodeType.Agreement, change.agreementId());
        String source = change.sourceId() == null ? null : GlobalId.of(NodeType.Source, change.sourceId());
        Set<Long> seen = new HashSet<>();
        return change.claims().stream().filter(c -> seen.add(c.claimId())).map(c -> new ClaimChangeNotice(GlobalId.of(NodeType.Claim, c.claimId()),
                ClaimAction.valueOf(c.action()), GlobalId.of(NodeType.Facet, c.facetId()), source, agreement)).toList();
    }
}
