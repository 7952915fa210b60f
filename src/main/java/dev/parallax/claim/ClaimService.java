package dev.parallax.claim;

import dev.parallax.graphql.Batches;
import dev.parallax.graphql.NotFoundException;
import dev.parallax.graphql.PageRequest;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Reads claims. */
@ApplicationScoped
public class ClaimService {

    @Inject
    ClaimRepository claims;

    @WithSession
    public Uni<Claim> get(long id) {
        return claims.findById(id)
                .onItem().ifNull().failWith(() -> new NotFoundException("No claim with this ID"));
    }

    /** One page plus one extra row, so the caller can tell whether another page follows. */
    @WithSession
    public Uni<List<Claim>> page(ClaimFilter filter, PageRequest page) {
        return claims.page(filter, page.afterId(), page.first() + 1);
    }

    /** Every claim of each source, in the order of {@code sourceIds}. */
    @WithSession
    public Uni<List<List<Claim>>> ofSources(List<Long> sourceIds) {
        return claims.bySources(sourceIds).map(found -> Batches.groupBy(sourceIds, found, c -> c.sourceId));
    }
}
