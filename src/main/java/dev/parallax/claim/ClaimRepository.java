package dev.parallax.claim;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.stream.Collectors;

/** Reads and writes claims. */
@ApplicationScoped
@WithSession
public class ClaimRepository implements PanacheRepository<Claim> {

    /** One page of claims in ID order matching every non-null filter. */
    public Uni<List<Claim>> page(ClaimFilter filter, long afterId, int limit) {
        StringBuilder where = new StringBuilder("id > :after");
        Parameters params = Parameters.with("after", afterId);
        if (filter.agreementId() != null) {
            where.append(" and sourceId in (select s.id from Source s where s.agreementId = :agreement)");
            params.and("agreement", filter.agreementId());
        }
        if (filter.sourceId() != null) {
            where.append(" and sourceId = :source");
            params.and("source", filter.sourceId());
        }
        if (filter.facetKey() != null) {
            where.append(" and facetId in (select f.id from Facet f where f.key = :facetKey)");
            params.and("facetKey", filter.facetKey());
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            params.and("status", filter.status());
        }
        return find(where + " order by id", params).range(0, limit - 1).list();
    }

    /** Claims in the given statuses of the given sources, by source, then quote start, then ID. */
    public Uni<List<Claim>> countedFor(List<Long> sourceIds, List<ClaimStatus> statuses) {
        if (sourceIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return getSession().chain(session -> session.createNativeQuery(countedSql(statuses), Claim.class)
                .setParameter("sources", sourceIds.toArray(Long[]::new))
                .getResultList());
    }

    /**
     * The statement {@link #countedFor} issues (named parameter :sources). The statuses are written into it, not
     * bound, so the planner can always use the partial index on counted claims (V6).
     */
    public static String countedSql(List<ClaimStatus> statuses) {
        String names = statuses.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));
        return "select * from claim where source_id = any(:sources) and status in (" + names + ")"
                + " order by source_id, quote_start, id";
    }

    public Uni<List<Claim>> bySources(List<Long> sourceIds) {
        return list("sourceId in ?1 order by sourceId, quoteStart, id", sourceIds);
    }

    /** Whether another claim (not {@code exceptClaimId}) of the source already speaks to the facet with this span. */
    public Uni<Boolean> spanTaken(long sourceId, long facetId, int start, int end, long exceptClaimId) {
        return count("sourceId = ?1 and facetId = ?2 and quoteStart = ?3 and quoteEnd = ?4 and id <> ?5",
                sourceId, facetId, start, end, exceptClaimId).map(n -> n > 0);
    }

    public Uni<List<Claim>> findByIds(List<Long> ids) {
        return list("id in ?1", ids);
    }
}
