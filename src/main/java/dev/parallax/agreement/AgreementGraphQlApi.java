package dev.parallax.agreement;

import dev.parallax.graphql.GlobalId;
import dev.parallax.graphql.NodeType;
import dev.parallax.graphql.SessionPerResolver;
import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** Queries for agreements and their clauses and facets. */
@GraphQLApi
@SessionPerResolver
public class AgreementGraphQlApi {

    private final AgreementService service;
    private final FacetProposalService proposals;

    public AgreementGraphQlApi(AgreementService service, FacetProposalService proposals) {
        this.service = service;
        this.proposals = proposals;
    }

    @Query("agreements")
    @Description("Every agreement Parallax knows, oldest first.")
    public Uni<@NonNull List<@NonNull AgreementNode>> agreements() {
        return service.list().map(list -> list.stream().map(AgreementNode::new).toList());
    }

    @Query("agreement")
    @Description("One agreement by its global ID; NOT_FOUND if there is none.")
    public Uni<@NonNull AgreementNode> agreement(@Name("id") @Id @NonNull @Description("Opaque global ID.") String id) {
        long databaseId = GlobalId.decode(id, NodeType.Agreement);
        return service.get(databaseId).map(AgreementNode::new);
    }

    @Query("suggestFacets")
    @Description("Facets proposed from the text of the agreement's clauses: one per checkable value (quantity, clock time,"
            + " date), with its kind, expected value and a label to start from, and the existing facet that already states"
            + " it. Nothing is stored; an operator edits the proposals into the agreement's file.")
    public Uni<@NonNull List<@NonNull FacetProposalNode>> suggestFacets(
            @Name("agreementId") @Id @NonNull @Description("Opaque global ID of the agreement.") String agreementId) {
        long databaseId = GlobalId.decode(agreementId, NodeType.Agreement);
        return proposals.propose(databaseId).map(list -> list.stream().map(FacetProposalNode::new).toList());
    }

    @Description("The agreement's clauses and preamble items, in document order.")
    public Uni<List<@NonNull List<@NonNull ClauseNode>>> clauses(@Source List<AgreementNode> agreements) {
        return service.clausesOf(ids(agreements))
                .map(lists -> lists.stream().map(l -> l.stream().map(ClauseNode::new).toList()).toList());
    }

    @Description("The agreement's checkable points, clause facets and context facts, in display order.")
    public Uni<List<@NonNull List<@NonNull FacetNode>>> facets(@Source List<AgreementNode> agreements) {
        return service.facetsOf(ids(agreements))
                .map(lists -> lists.stream().map(l -> l.stream().map(FacetNode::new).toList()).toList());
    }

    private static List<Long> ids(List<AgreementNode> agreements) {
        return agreements.stream().map(a -> a.databaseId).toList();
    }
}
