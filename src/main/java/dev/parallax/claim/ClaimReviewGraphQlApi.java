package dev.parallax.claim;

import dev.parallax.auth.AccessControl;
import dev.parallax.graphql.GlobalId;
import dev.parallax.graphql.NodeType;
import dev.parallax.graphql.SessionPerResolver;
import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** Review mutations for claims, and each claim's history. */
@GraphQLApi
@SessionPerResolver
public class ClaimReviewGraphQlApi {

    private final ClaimReviewService review;
    private final AccessControl access;

    public ClaimReviewGraphQlApi(ClaimReviewService review, AccessControl access) {
        this.review = review;
        this.access = access;
    }

    @Mutation("confirmClaim")
    @Description("Confirm a SUGGESTED (or REJECTED) claim: comparisons count it from now on. Needs a bearer token with the role editor (or admin) (else UNAUTHENTICATED or FORBIDDEN).")
    public Uni<ClaimInputs.@NonNull ClaimPayload> confirmClaim(@Name("input") @NonNull @Description("All of the mutation's arguments, as one input object.") ClaimInputs.ReviewClaimInput input) {
        return setStatus(input, ClaimStatusChange.CONFIRM);
    }

    @Mutation("rejectClaim")
    @Description("Reject a SUGGESTED (or CONFIRMED) claim: comparisons ignore it. Needs a bearer token with the role editor (or admin) (else UNAUTHENTICATED or FORBIDDEN).")
    public Uni<ClaimInputs.@NonNull ClaimPayload> rejectClaim(@Name("input") @NonNull @Description("All of the mutation's arguments, as one input object.") ClaimInputs.ReviewClaimInput input) {
        return setStatus(input, ClaimStatusChange.REJECT);
    }

    @Mutation("correctClaim")
    @Description("Correct a claim's value, facet, quote span or attribution; the span is re-checked against the text. Needs a bearer token with the role editor (or admin) (else UNAUTHENTICATED or FORBIDDEN).")
    public Uni<ClaimInputs.@NonNull ClaimPayload> correctClaim(@Name("input") @NonNull @Description("All of the mutation's arguments, as one input object.") ClaimInputs.CorrectClaimInput input) {
        return access.requireEditor().chain(actor -> {
            ClaimChange change = new ClaimChange(input.facetKey, input.value == null ? null : input.value.toValue(),
                    input.quote == null ? null : input.quote.start, input.quote == null ? null : input.quote.end,
                    input.attributedTo);
            return review.correct(GlobalId.decode(input.claimId, NodeType.Claim), change, actor);
        }).map(ClaimReviewGraphQlApi::payload);
    }

    @Mutation("addClaim")
    @Description("Add a claim by hand, anchored to a quote span of the source text. Needs a bearer token with the role editor (or admin) (else UNAUTHENTICATED or FORBIDDEN).")
    public Uni<ClaimInputs.@NonNull ClaimPayload> addClaim(@Name("input") @NonNull @Description("All of the mutation's arguments, as one input object.") ClaimInputs.AddClaimInput input) {
        return access.requireEditor().chain(actor -> {
            ClaimChange change = new ClaimChange(input.facetKey, input.value.toValue(), input.quote.start,
                    input.quote.end, input.attributedTo);
            return review.add(GlobalId.decode(input.sourceId, NodeType.Source), change, actor);
        }).map(ClaimReviewGraphQlApi::payload);
    }

    @Description("Every change to this claim, oldest first.")
    public Uni<List<@NonNull List<@NonNull ClaimEventNode>>> history(@Source List<ClaimNode> of) {
        return review.historyOf(of.stream().map(c -> c.databaseId).toList())
                .map(lists -> lists.stream().map(l -> l.stream().map(ClaimEventNode::new).toList()).toList());
    }

    private Uni<ClaimInputs.ClaimPayload> setStatus(ClaimInputs.ReviewClaimInput input, ClaimStatusChange change) {
        return access.requireEditor()
                .chain(actor -> review.setStatus(GlobalId.decode(input.claimId, NodeType.Claim), change, actor))
                .map(ClaimReviewGraphQlApi::payload);
    }

    private static ClaimInputs.ClaimPayload payload(Claim claim) {
        return new ClaimInputs.ClaimPayload(new ClaimNode(claim));
    }
}
