package dev.parallax.seed;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The fingerprint of the seed corpus last loaded completely (table seed_corpus, V7). */
@ApplicationScoped
public class SeedFingerprints {

    /** True when {@code hash} is the corpus loaded last. */
    @WithSession
    public Uni<Boolean> isLoaded(String hash) {
        return Panache.getSession().chain(s -> s.createNativeQuery("select hash from seed_corpus where hash = :hash")
                .setParameter("hash", hash)
                .getResultList()
                .map(List::isEmpty)
                .map(none -> !none));
    }

    /** Records {@code hash} as the corpus loaded last, in place of any earlier one. */
    @WithTransaction
    public Uni<Void> remember(String hash) {
        return Panache.getSession().chain(s -> s.createNativeQuery("delete from seed_corpus").executeUpdate()
                .chain(ignored -> s.createNativeQuery("insert into seed_corpus (hash) values (:hash)")
                        .setParameter("hash", hash)
                        .executeUpdate()))
                .replaceWithVoid();
    }
}
