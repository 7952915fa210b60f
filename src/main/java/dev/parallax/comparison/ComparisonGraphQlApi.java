package dev.parallax.comparison;

import dev.parallax.agreement.AgreementNode;
import dev.parallax.graphql.GlobalId;
import dev.parallax.graphql.NodeType;
import dev.parallax.graphql.Paging;
import dev.parallax.graphql.Selections;
import dev.parallax.graphql.SessionPerResolver;
import dev.parallax.graphql.WorkerCompletion;
import io.smallrye.graphql.api.Context;
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

/**
 * The side-by-side comparison, as a root field and as {@code Agreement.comparison}. Each resolver reads its
 * selection first, where SmallRye's context is still its own, then runs in a session of its own; the comparison is
 * handed to graphql-java on a worker thread, so completing its cells and writing the answer never hold the event loop.
 */
@GraphQLApi
public class ComparisonGraphQlApi {

    private final ComparisonService service;
    private final Context context;

    public ComparisonGraphQlApi(ComparisonService service, Context context) {
        this.service = service;
        this.context = context;
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
                    + " reviewed; cells resting on one say so.") boolean includeSuggested,
            @Name("first") @Description("Page the columns: at most this many sources, 1 to 100 (default 20 when"
                    + " `after` is given; neither: every source).") Integer first,
            @Name("after") @Description("Cursor of the column after which the page starts (pageInfo.endCursor).")
                    String after) {
        if (first == null && after == null) {
            return WorkerCompletion.of(compared(agreementId, sourceIds, facetKeys, includeSuggested, asksForTexts()));
        }
        return WorkerCompletion.of(
                comparedPage(agreementId, sourceIds, facetKeys, includeSuggested, asksForTexts(), first, after));
    }

    @Description("The side-by-side comparison of every source reporting on this agreement.")
    public Uni<List<@NonNull Comparison>> comparison(@Source List<AgreementNode> agreements) {
        return WorkerCompletion.of(comparedAll(agreements, asksForTexts()));
    }

    @SessionPerResolver
    Uni<Comparison> compared(String agreementId, List<String> sourceIds, List<String> facetKeys,
            boolean includeSuggested, boolean withTexts) {
        long agreement = GlobalId.decode(agreementId, NodeType.Agreement);
        List<Long> sources = GlobalId.decodeAll(sourceIds, NodeType.Source);
        return service.compare(agreement, sources, facetKeys, includeSuggested, withTexts).map(ComparisonViews::of);
    }

    @SessionPerResolver
    Uni<Comparison> comparedPage(String agreementId, List<String> sourceIds, List<String> facetKeys,
            boolean includeSuggested, boolean withTexts, Integer first, String after) {
        long agreement = GlobalId.decode(agreementId, NodeType.Agreement);
        List<Long> sources = GlobalId.decodeAll(sourceIds, NodeType.Source);
        return service.comparePage(agreement, sources, facetKeys, includeSuggested, withTexts, Paging.of(first, after))
                .map(ComparisonViews::of);
    }

    @SessionPerResolver
    Uni<List<Comparison>> comparedAll(List<AgreementNode> agreements, boolean withTexts) {
        return service.compareAll(agreements.stream().map(a -> a.databaseId).toList(), withTexts)
                .map(list -> list.stream().map(ComparisonViews::of).toList());
    }

    // A comparison loads the articles' texts only when the query shows one: they are most of a source's bytes.
    // Read on the resolver's own call: SmallRye's context moves on to other fields once it returns.
    private boolean asksForTexts() {
        return Selections.asks(context, "Source", "text");
    }
}
