package dev.parallax.changes;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * This instance's end of the change channel: one PostgreSQL connection of its own LISTENs on
 * {@link ChangeRepository#CHANNEL} and hands every change, whichever instance made it, to the local
 * subscribers. A dropped connection is re-opened and re-LISTENed by itself (then a {@link ChangeKind#RESYNC}
 * tells subscribers that changes may have been missed meanwhile).
 */
@ApplicationScoped
public class ChangeFeed {

    private static final Logger LOG = Logger.getLogger(ChangeFeed.class);
    private static final long MAX_RETRY_DELAY_MILLIS = 2000;

    private final Vertx vertx;
    private final ChangeFeedConfig config;
    private final BroadcastProcessor<Change> changes = BroadcastProcessor.create();
    private final String url;
    private final String user;
    private final Optional<String> password;
    private PgSubscriber subscriber;
    private volatile boolean listening;
    private int subscribes;

    public ChangeFeed(Vertx vertx, ChangeFeedConfig config,
            @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.vertx = vertx;
        this.config = config;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    void start(@Observes StartupEvent started) {
        PgConnectOptions options = PgConnectOptions.fromUri(url.startsWith("vertx-reactive:") ? url.substring(15) : url)
                .setUser(user).setPassword(password.orElse(""));
        subscriber = PgSubscriber.subscriber(vertx, options)
                .reconnectPolicy(retries -> Math.min(100L << Math.min(retries, 5), MAX_RETRY_DELAY_MILLIS));
        subscriber.channel(ChangeRepository.CHANNEL)
                .subscribeHandler(ignored -> resubscribed())
                .handler(this::received);
        subscriber.closeHandler(ignored -> listening = false);
        connect();
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (subscriber != null) {
            subscriber.close();
        }
        changes.onComplete();
    }

    /** Every change to one agreement from now on, with at most {@code parallax.live.buffer} waiting for a slow reader. */
    public Multi<Change> of(long agreementId) {
        return Bounded.buffer(changes.filter(c -> c.agreementId() == agreementId || c.kind() == ChangeKind.RESYNC)
                .map(c -> c.kind() == ChangeKind.RESYNC ? new Change(agreementId, ChangeKind.RESYNC, null, null) : c),
                config.buffer());
    }

    /** Whether the LISTEN connection is up (for health and tests). */
    public boolean listening() {
        return listening;
    }

    /** The first connection must succeed too: the reconnect policy only covers a connection that was up. */
    private void connect() {
        subscriber.connect().onComplete(done -> {
            if (done.failed()) {
                LOG.warnf("Cannot LISTEN for changes yet (%s); retrying", done.cause().getMessage());
                vertx.setTimer(MAX_RETRY_DELAY_MILLIS, id -> connect());
            }
        });
    }

    private void resubscribed() {
        listening = true;
        if (++subscribes > 1) {
            LOG.info("Listening for changes again after the database connection was lost");
            changes.onNext(new Change(0, ChangeKind.RESYNC, null, null));
        }
    }

    private void received(String payload) {
        Change change;
        try {
            change = ChangeCodec.decode(payload);
        } catch (RuntimeException e) {
            LOG.warnf("Ignoring a notification on %s that is not a change: %s", ChangeRepository.CHANNEL, e.getMessage());
            return;
        }
        changes.onNext(change);
    }
}
