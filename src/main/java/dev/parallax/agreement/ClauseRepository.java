package dev.parallax.agreement;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Reads and writes clauses. */
@ApplicationScoped
@WithSession
public class ClauseRepository implements PanacheRepository<Clause> {

    public Uni<List<Clause>> byAgreements(List<Long> agreementIds) {
        return list("agreementId in ?1 order by agreementId, position", agreementIds);
    }

    public Uni<List<Clause>> findByIds(List<Long> ids) {
        return list("id in ?1", ids);
    }
}
