package dev.parallax.claim;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Reads and writes claim history. */
@ApplicationScoped
@WithSession
public class ClaimEventRepository implements PanacheRepository<ClaimEvent> {

    public Uni<List<ClaimEvent>> byClaims(List<Long> claimIds) {
        return list("claimId in ?1 order by claimId, id", claimIds);
    }

    /** Records a change; must run inside the transaction that made it. */
    public Uni<ClaimEvent> record(Claim claim, ClaimAction action, String before, String facetKey, String actor) {
        ClaimEvent event = new ClaimEvent();
        event.claimId = claim.id;
        event.action = action;
        event.before = before;
        event.after = ClaimSnapshot.of(claim, facetKey);
        event.actor = actor;
        return persist(event);
    }
}
