package dev.parallax.claim;

import dev.parallax.agreement.AgreementService;
import dev.parallax.agreement.FacetNode;
import dev.parallax.graphql.GlobalId;
import dev.parallax.graphql.NodeType;
import dev.parallax.domain.PageRequest;
import dev.parallax.graphql.Paging;
import dev.parallax.graphql.SessionPerResolver;
import dev.parallax.source.SourceNode;
import dev.parallax.source.SourceService;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** Queries for claims, and the batched fields that link claims and sources. */
@GraphQLApi
@SessionPerResolver
public class ClaimGraphQlApi {

    private final ClaimService claims;
    private final SourceService sources;
    private final AgreementService agreements;

    public ClaimGraphQlApi(ClaimService claims, SourceService sources, AgreementService agreements) {
        this.claims = claims;
        this.sources = sources;
        this.agreements = agreements;
    }

    @Query("claims")
    @Description("Claims in the order they were added, a page at a time, narrowed by any of the filters.")
    public Uni<@NonNull ClaimConnection> claims(
            @Name("agreementId") @Id @Description("Only claims of sources reporting on this agreement.") String agreementId,
            @Name("sourceId") @Id @Description("Only claims made by this source.") String sourceId,
            @Name("facetKey") @Description("Only claims about the facet with this key.") String facetKey,
            @Name("status") @Description("Only claims in this review state.") ClaimStatus status,
            @Name("first") @Description("Page size, 1 to 100 (default 20).") Integer first,
            @Name("after") @Description("Cursor after which the page starts.") String after) {
        PageRequest page = Paging.of(first, after);
        ClaimFilter filter = new ClaimFilter(
                agreementId == null ? null : GlobalId.decode(agreementId, NodeType.Agreement),
                sourceId == null ? null : GlobalId.decode(sourceId, NodeType.Source),
                facetKey, status);
        return claims.page(filter, page).map(rows -> new ClaimConnection(rows, page.first(), filter));
    }

    @Description(Paging.TOTAL_COUNT)
    public Uni<@NonNull Integer> totalCount(@Source ClaimConnection connection) {
        return claims.count(connection.filter).map(Math::toIntExact);
    }

    @Description("Every claim this source makes, in text order.")
    public Uni<List<@NonNull List<@NonNull ClaimNode>>> claims(@Source List<SourceNode> of) {
        return claims.ofSources(of.stream().map(s -> s.databaseId).toList())
                .map(lists -> lists.stream().map(l -> l.stream().map(ClaimNode::new).toList()).toList());
    }

    @Description("The source that makes this claim.")
    public Uni<List<@NonNull SourceNode>> source(@Source List<ClaimNode> of) {
        List<Long> ids = of.stream().map(c -> c.sourceId).distinct().toList();
        return sources.byIds(ids).map(found -> inOrder(of, c -> c.sourceId,
                found.stream().collect(Collectors.toMap(s -> s.id, SourceNode::new))));
    }

    @Description("The facet this claim speaks to.")
    public Uni<List<@NonNull FacetNode>> facet(@Source List<ClaimNode> of) {
        List<Long> ids = of.stream().map(c -> c.facetId).distinct().toList();
        return agreements.facetsById(ids).map(found -> inOrder(of, c -> c.facetId,
                found.stream().collect(Collectors.toMap(f -> f.id, FacetNode::new))));
    }

    private static <V> List<V> inOrder(List<ClaimNode> claims, Function<ClaimNode, Long> key, Map<Long, V> byId) {
        return claims.stream().map(c -> byId.get(key.apply(c))).toList();
    }
}
