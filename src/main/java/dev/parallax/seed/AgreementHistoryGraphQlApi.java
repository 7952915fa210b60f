package dev.parallax.seed;

import dev.parallax.agreement.AgreementNode;
import dev.parallax.graphql.SessionPerResolver;
import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** {@code Agreement.history}: what each re-import changed, batched over the agreements of a request. */
@GraphQLApi
@SessionPerResolver
public class AgreementHistoryGraphQlApi {

    private final AgreementHistoryService history;

    public AgreementHistoryGraphQlApi(AgreementHistoryService history) {
        this.history = history;
    }

    @Description("Every import that created or changed this agreement (an import that changes nothing is not listed), oldest first.")
    public Uni<List<@NonNull List<@NonNull AgreementEventNode>>> history(@Source List<AgreementNode> agreements) {
        return history.of(agreements.stream().map(a -> a.databaseId).toList())
                .map(lists -> lists.stream().map(l -> l.stream().map(AgreementEventNode::new).toList()).toList());
    }
}
