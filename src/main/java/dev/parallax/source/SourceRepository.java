package dev.parallax.source;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Reads and writes sources. */
@ApplicationScoped
@WithSession
public class SourceRepository implements PanacheRepository<Source> {

    /** One page in ID order; {@code limit} rows at most. A null agreement means every agreement. */
    public Uni<List<Source>> page(Long agreementId, long afterId, int limit) {
        String where = agreementId == null ? "id > :after" : "agreementId = :agreement and id > :after";
        Parameters params = Parameters.with("after", afterId);
        if (agreementId != null) {
            params.and("agreement", agreementId);
        }
        return find(where + " order by id", params).range(0, limit - 1).list();
    }

    /** How many sources there are, of the agreement unless it is null. */
    public Uni<Long> countOf(Long agreementId) {
        return agreementId == null ? count() : count("agreementId", agreementId);
    }

    /** The agreement's sources in ID order, restricted to {@code ids} unless it is null. */
    public Uni<List<Source>> byAgreements(List<Long> agreementIds, List<Long> ids) {
        return ids == null
                ? list("agreementId in ?1 order by id", agreementIds)
                : list("agreementId in ?1 and id in ?2 order by id", agreementIds, ids);
    }

    public Uni<List<Source>> findByIds(List<Long> ids) {
        return list("id in ?1", ids);
    }

    public Uni<Source> findByDedupKey(Long agreementId, String dedupKey) {
        return find("agreementId = ?1 and dedupKey = ?2", agreementId, dedupKey).firstResult();
    }
}
