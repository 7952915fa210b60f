package dev.parallax.claim;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Reads and writes claims. */
@ApplicationScoped
@WithSession
public class ClaimRepository implements PanacheRepository<Claim> {

    /** One page of claims in ID order matching every non-null filter. */
    public Uni<List<Claim>> page(ClaimFilter filter, long afterId, int limit) {
        StringBuilder where = new StringBuilder("id > :after");
        Parameters params = Parameters.with("after", afterId);
        narrow(filter, where, params);
        return find(where + " order by id", params).range(0, limit - 1).list();
    }

    /** How many claims match every non-null filter, on every page. */
    public Uni<Long> count(ClaimFilter filter) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        narrow(filter, where, params);
        return count(where.toString(), params);
    }

    private static void narrow(ClaimFilter filter, StringBuilder where, Parameters params) {
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
    }

    /** Claims in the given statuses for the given agreements, optionally limited to some sources. */
    public Uni<List<Claim>> countedFor(List<Long> agreementIds, List<Long> sourceIds, List<ClaimStatus> statuses) {
        String where = "status in :statuses and sourceId in (select s.id from Source s"
                + " where s.agreementId in :agreements" + (sourceIds == null ? "" : " and s.id in :sources")
                + ") order by sourceId, quoteStart, id";
        Parameters params = Parameters.with("statuses", statuses).and("agreements", agreementIds);
        if (sourceIds != null) {
            params.and("sources", sourceIds);
        }
        return list(where, params);
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
