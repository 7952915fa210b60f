package dev.parallax.agreement;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Reads and writes agreements. */
@ApplicationScoped
@WithSession
public class AgreementRepository implements PanacheRepository<Agreement> {

    public Uni<List<Agreement>> listInOrder() {
        return list("order by id");
    }

    public Uni<Agreement> findBySlug(String slug) {
        return find("slug", slug).firstResult();
    }

    public Uni<List<Agreement>> findByIds(List<Long> ids) {
        return list("id in ?1", ids);
    }
}
