package dev.parallax.agreement;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Reads and writes facets; every read fetches the facet's clause in the same statement. */
@ApplicationScoped
@WithSession
public class FacetRepository implements PanacheRepository<Facet> {

    public Uni<List<Facet>> byAgreements(List<Long> agreementIds) {
        return list("from Facet f left join fetch f.clause where f.agreementId in ?1"
                + " order by f.agreementId, f.position", agreementIds);
    }

    public Uni<List<Facet>> findByIds(List<Long> ids) {
        return list("from Facet f left join fetch f.clause where f.id in ?1", ids);
    }
}
