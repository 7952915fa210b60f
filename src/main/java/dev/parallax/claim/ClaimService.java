package dev.parallax.claim;

import dev.parallax.domain.Batches;
import dev.parallax.domain.NotFoundException;
import dev.parallax.domain.PageRequest;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** Reads claims, and writes the ones the extractor suggests. */
@ApplicationScoped
public class ClaimService {

    private final ClaimRepository claims;
    private final ClaimEventRepository events;

    public ClaimService(ClaimRepository claims, ClaimEventRepository events) {
        this.claims = claims;
        this.events = events;
    }

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

    /** How many claims match the filter, on every page. */
    @WithSession
    public Uni<Long> count(ClaimFilter filter) {
        return claims.count(filter);
    }

    /** Every claim of each source, in the order of {@code sourceIds}. */
    @WithSession
    public Uni<List<List<Claim>>> ofSources(List<Long> sourceIds) {
        return claims.bySources(sourceIds).map(found -> Batches.groupBy(sourceIds, found, c -> c.sourceId));
    }

    /**
     * Stores suggested claims, each with its history entry, inside the caller's transaction: one statement for the
     * claims, one for their history, however many there are. {@code facetKeys} maps facet IDs to keys.
     */
    @WithSession
    public Uni<List<Claim>> addSuggested(List<Claim> suggested, Map<Long, String> facetKeys, String actor) {
        return claims.insertAll(suggested)
                .call(saved -> events.recordSuggested(saved, facetKeys, actor));
    }

    /** Deletes the SUGGESTED claims of the sources (with their history), inside the caller's transaction; how many. */
    @WithSession
    public Uni<Integer> deleteSuggested(List<Long> sourceIds) {
        return claims.deleteSuggested(sourceIds);
    }
}
