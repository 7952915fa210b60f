package dev.parallax.source;

import dev.parallax.graphql.GlobalId;
import dev.parallax.graphql.NodeType;
import dev.parallax.domain.PageRequest;
import dev.parallax.graphql.Paging;
import dev.parallax.graphql.SessionPerResolver;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Queries for sources. */
@GraphQLApi
@SessionPerResolver
public class SourceGraphQlApi {

    private final SourceService service;

    public SourceGraphQlApi(SourceService service) {
        this.service = service;
    }

    @Query("source")
    @Description("One source by its global ID; NOT_FOUND if there is none.")
    public Uni<@NonNull SourceNode> source(@Name("id") @Id @NonNull @Description("Opaque global ID.") String id) {
        return service.get(GlobalId.decode(id, NodeType.Source)).map(SourceNode::new);
    }

    @Query("sources")
    @Description("Sources in the order they were added, a page at a time.")
    public Uni<@NonNull SourceConnection> sources(
            @Name("agreementId") @Id @Description("Only the sources reporting on this agreement.") String agreementId,
            @Name("first") @Description("Page size, 1 to 100 (default 20).") Integer first,
            @Name("after") @Description("Cursor after which the page starts.") String after) {
        PageRequest page = Paging.of(first, after);
        Long agreement = agreementId == null ? null : GlobalId.decode(agreementId, NodeType.Agreement);
        return service.page(agreement, page).map(rows -> new SourceConnection(rows, page.first(), agreement));
    }

    @Description(Paging.TOTAL_COUNT)
    public Uni<@NonNull Integer> totalCount(@org.eclipse.microprofile.graphql.Source SourceConnection connection) {
        return service.count(connection.agreementId).map(Math::toIntExact);
    }
}
