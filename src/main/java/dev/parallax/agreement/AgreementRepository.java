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

    /** The first key of Parallax's two-key advisory locks on agreement slugs (arbitrary, fixed). */
    private static final int SLUG_LOCK_SPACE = 0x5EED;

    public Uni<List<Agreement>> listInOrder() {
        return list("order by id");
    }

    public Uni<Agreement> findBySlug(String slug) {
        return find("slug", slug).firstResult();
    }

    /**
     * Holds a PostgreSQL advisory lock on the slug until the current transaction ends, so that writers of the
     * same agreement (two replicas seeding one fresh database, concurrent imports) take turns; the later one
     * then finds what the first committed instead of failing on the unique slug.
     */
    public Uni<Void> lockSlugForTransaction(String slug) {
        return getSession().chain(session -> session
                .createNativeQuery("select 1 from pg_advisory_xact_lock(" + SLUG_LOCK_SPACE + ", hashtext(?1))", Integer.class)
                .setParameter(1, slug)
                .getSingleResult())
                .replaceWithVoid();
    }

    public Uni<List<Agreement>> findByIds(List<Long> ids) {
        return list("id in ?1", ids);
    }
}
