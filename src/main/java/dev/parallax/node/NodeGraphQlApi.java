package dev.parallax.node;

import dev.parallax.agreement.AgreementNode;
import dev.parallax.agreement.AgreementService;
import dev.parallax.agreement.ClauseNode;
import dev.parallax.agreement.FacetNode;
import dev.parallax.claim.ClaimNode;
import dev.parallax.claim.ClaimService;
import dev.parallax.graphql.GlobalId;
import dev.parallax.graphql.Node;
import dev.parallax.graphql.SessionPerResolver;
import dev.parallax.source.SourceNode;
import dev.parallax.source.SourceService;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** The Relay {@code node(id:)} entry point: fetches any object by its global ID. */
@GraphQLApi
@SessionPerResolver
public class NodeGraphQlApi {

    private final AgreementService agreements;
    private final SourceService sources;
    private final ClaimService claims;

    public NodeGraphQlApi(AgreementService agreements, SourceService sources, ClaimService claims) {
        this.agreements = agreements;
        this.sources = sources;
        this.claims = claims;
    }

    @Query("node")
    @Description("Any object by its global ID; null with a NOT_FOUND error if it does not exist (as GitHub does),"
            + " BAD_USER_INPUT if the ID is malformed.")
    public Uni<Node> node(@Name("id") @Id @NonNull @Description("Opaque global ID.") String id) {
        GlobalId globalId = GlobalId.decode(id);
        return switch (globalId.type()) {
            case Agreement -> agreements.get(globalId.id()).map(AgreementNode::new);
            case Clause -> agreements.clause(globalId.id()).map(ClauseNode::new);
            case Facet -> agreements.facet(globalId.id()).map(FacetNode::new);
            case Source -> sources.get(globalId.id()).map(SourceNode::new);
            case Claim -> claims.get(globalId.id()).map(ClaimNode::new);
        };
    }
}
