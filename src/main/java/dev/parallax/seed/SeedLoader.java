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

    @Inject
    SeedFingerprints fingerprints;

    void onStart(@Observes StartupEvent event) throws Throwable {
        if (enabled) {
            load(location);
        }
    }

    /**
     * Reads and validates every corpus, then writes each; returns the number of claims inserted. A corpus
     * identical to the one loaded last (by fingerprint) is neither validated nor written again.
     */
    public int load(String from) throws Throwable {
        var corpora = new SeedReader(from).readAll();
        String fingerprint = SeedFingerprint.of(corpora);
        if (VertxContextSupport.subscribeAndAwait(() -> fingerprints.isLoaded(fingerprint))) {
            LOG.infof("Seed corpus unchanged (%s): not checked again", fingerprint.substring(0, 12));
            return 0;
        }
        corpora.forEach(SeedValidator::validate);
        int inserted = 0;
        for (SeedCorpus corpus : corpora) {
            int rows = VertxContextSupport.subscribeAndAwait(() -> writer.write(corpus, WAIT_FOR_OTHER_REPLICA));
            LOG.infof("Seed %s: %d new claims", corpus.agreement().slug(), rows);
            inserted += rows;
        }
        VertxContextSupport.subscribeAndAwait(() -> fingerprints.remember(fingerprint));
        return inserted;
    }
}
