package dev.parallax.agreement;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;

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
     * then finds what the first committed instead of failing on the unique slug. The wait is bounded by the
     * statement timeout, or by {@code wait} when given (a replica starting behind another one's long import).
     */
    public Uni<Void> lockSlugForTransaction(String slug, Duration wait) {
        return getSession().chain(session -> {
            Uni<Void> lock = session.createNativeQuery(
                    "select 1 from pg_advisory_xact_lock(" + SLUG_LOCK_SPACE + ", hashtext(?1))", Integer.class)
                    .setParameter(1, slug).getSingleResult().replaceWithVoid();
            if (wait == null) {
                return lock;
            }
            return session.createNativeQuery("select current_setting('statement_timeout')", String.class)
                    .getSingleResult()
                    .chain(before -> statementTimeout(session, wait.toMillis() + "ms")
                            .chain(() -> lock)
                            .chain(() -> statementTimeout(session, before)));
        });
    }

    /** Sets the statement timeout for the rest of the current transaction only. */
    private static Uni<Void> statementTimeout(Mutiny.Session session, String value) {
        return session.createNativeQuery("select set_config('statement_timeout', ?1, true)", String.class)
                .setParameter(1, value).getSingleResult().replaceWithVoid();
    }

    public Uni<List<Agreement>> findByIds(List<Long> ids) {
        return list("id in ?1", ids);
    }
}
