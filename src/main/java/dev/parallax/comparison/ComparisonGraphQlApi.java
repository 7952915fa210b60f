package dev.parallax.comparison;

import dev.parallax.agreement.AgreementNode;
import dev.parallax.graphql.GlobalId;
import dev.parallax.graphql.NodeType;
import dev.parallax.graphql.SessionPerResolver;
import io.smallrye.graphql.api.Nullable;
import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** The side-by-side comparison, as a root field and as {@code Agreement.comparison}. */
@GraphQLApi
@SessionPerResolver
public class ComparisonGraphQlApi {

    private final ComparisonService service;

    public ComparisonGraphQlApi(ComparisonService service) {
        this.service = service;
    }

    @Query("comparison")
    @Description("Compare what the sources say about each point of an agreement. NOT_FOUND for an unknown"
            + " agreement; BAD_USER_INPUT for sources not reporting on it or unknown facet keys.")
    public Uni<@NonNull Comparison> comparison(
            @Name("agreementId") @Id @NonNull @Description("The agreement to compare against.") String agreementId,
            @Name("sourceIds") @Nullable @Description("Global IDs of the sources to compare, as columns in this"
                    + " order (default: all).") List<@NonNull String> sourceIds,
            @Name("facetKeys") @Nullable @Description("Only these points (default: all).")
                    List<@NonNull String> facetKeys,
            @Name("includeSuggested") @DefaultValue("false") @Description("Also count SUGGESTED claims, not yet"
                    + " reviewed; cells resting on one say so.") boolean includeSuggested) {
        long agreement = GlobalId.decode(agreementId, NodeType.Agreement);
        List<Long> sources = sourceIds == null ? null
                : sourceIds.stream().map(id -> GlobalId.decode(id, NodeType.Source)).toList();
        return service.compare(agreement, sources, facetKeys, includeSuggested).map(ComparisonViews::of);
    }

    @Description("The side-by-side comparison of every source reporting on this agreement.")
    public Uni<List<@NonNull Comparison>> comparison(@Source List<AgreementNode> agreements) {
        return service.compareAll(agreements.stream().map(a -> a.databaseId).toList()).map(list -> list.stream().map(ComparisonViews::of).toList());
    }
}
