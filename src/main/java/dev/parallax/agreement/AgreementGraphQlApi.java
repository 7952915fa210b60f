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

    public AgreementGraphQlApi(AgreementService service) {
        this.service = service;
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
