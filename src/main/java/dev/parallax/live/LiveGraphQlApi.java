package dev.parallax.live;

import dev.parallax.changes.ChangeFeed;
import dev.parallax.changes.SlowConsumerException;
import dev.parallax.graphql.GlobalId;
import dev.parallax.graphql.NodeType;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** Live updates over graphql-transport-ws: changes made through any instance, fed by PostgreSQL LISTEN/NOTIFY. */
@GraphQLApi
public class LiveGraphQlApi {

    private final ChangeFeed feed;

    public LiveGraphQlApi(ChangeFeed feed) {
        this.feed = feed;
    }

    @Subscription("comparisonChanged")
    @Description("Every committed change to this agreement's comparison, from any instance, within a second. A"
            + " subscriber that falls too far behind is ended with SLOW_CONSUMER: subscribe again and refetch.")
    public Multi<@NonNull ComparisonChange> comparisonChanged(
            @Name("agreementId") @Id @NonNull @Description("The agreement to watch.") String agreementId) {
        long agreement = GlobalId.decode(agreementId, NodeType.Agreement);
        return coded(feed.of(agreement).map(ComparisonChange::of));
    }

    @Subscription("claimChanged")
    @Description("Every claim of this agreement that is suggested, added, confirmed, rejected or corrected, from"
            + " any instance. A subscriber that falls too far behind is ended with SLOW_CONSUMER.")
    public Multi<@NonNull ClaimChangeNotice> claimChanged(
            @Name("agreementId") @Id @NonNull @Description("The agreement to watch.") String agreementId) {
        long agreement = GlobalId.decode(agreementId, NodeType.Agreement);
        return coded(feed.of(agreement).onItem().transformToIterable(ClaimChangeNotice::of));
    }

    private static <T> Multi<T> coded(Multi<T> changes) {
        return changes.onFailure(SlowConsumerException.class).transform(e -> new SlowConsumerError(e.getMessage()));
    }
}
