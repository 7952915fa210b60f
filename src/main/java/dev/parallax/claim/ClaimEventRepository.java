package dev.parallax.claim;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** Reads and writes claim history. */
@ApplicationScoped
@WithSession
public class ClaimEventRepository implements PanacheRepository<ClaimEvent> {

    public Uni<List<ClaimEvent>> byClaims(List<Long> claimIds) {
        return list("claimId in ?1 order by claimId, id", claimIds);
    }

    /** Records that each claim was suggested, in one statement; must run inside the transaction that added them. */
    public Uni<Void> recordSuggested(List<Claim> claims, Map<Long, String> facetKeys, String actor) {
        if (claims.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return getSession().chain(session -> session.createNativeQuery("insert into claim_event (claim_id, action,"
                        + " after, actor) select c, '" + ClaimAction.SUGGESTED.name() + "', a, cast(:actor as text)"
                        + " from unnest(cast(:claims as bigint[]), cast(:afters as text[])) as t(c, a)")
                .setParameter("claims", claims.stream().map(c -> c.id).toArray(Long[]::new))
                .setParameter("afters", claims.stream().map(c -> ClaimSnapshot.of(c, facetKeys.get(c.facetId)))
                        .toArray(String[]::new))
                .setParameter("actor", actor)
                .executeUpdate())
                .replaceWithVoid();
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
