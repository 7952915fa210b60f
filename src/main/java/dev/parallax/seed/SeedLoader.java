package dev.parallax.seed;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Loads the seed corpora at startup; a corpus that fails validation stops the service. */
@ApplicationScoped
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class);
    /** How long a starting replica waits for another one that is importing the same agreement. */
    private static final Duration WAIT_FOR_OTHER_REPLICA = Duration.ofMinutes(5);

    @ConfigProperty(name = "parallax.seeds.enabled", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "parallax.seeds.location", defaultValue = "classpath:seeds")
    String location;

    @Inject
    SeedWriter writer;

    void onStart(@Observes StartupEvent event) throws Throwable {
        if (enabled) {
            load(location);
        }
    }

    /** Reads and validates every corpus, then writes each; returns the number of claims inserted. */
    public int load(String from) throws Throwable {
        var corpora = new SeedReader(from).readAll();
        corpora.forEach(SeedValidator::validate);
        int inserted = 0;
        for (SeedCorpus corpus : corpora) {
            int rows = VertxContextSupport.subscribeAndAwait(() -> writer.write(corpus, WAIT_FOR_OTHER_REPLICA));
            LOG.infof("Seed %s: %d new claims", corpus.agreement().slug(), rows);
            inserted += rows;
        }
        return inserted;
    }
}
