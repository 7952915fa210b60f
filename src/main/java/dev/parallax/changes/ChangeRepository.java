package dev.parallax.changes;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Announces a change to every instance with {@code pg_notify} in the caller's transaction: PostgreSQL delivers
 * it at commit, and never after a rollback.
 */
@ApplicationScoped
public class ChangeRepository {

    /** The PostgreSQL channel every instance listens on. */
    public static final String CHANNEL = "parallax_changes";

    /** Must run inside the transaction that made the change. */
    public Uni<Void> announce(Change change) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("select count(*) from (select pg_notify('" + CHANNEL + "', :payload)) sent", Long.class)
                .setParameter("payload", ChangeCodec.encode(change))
                .getSingleResult())
                .replaceWithVoid();
    }
}
