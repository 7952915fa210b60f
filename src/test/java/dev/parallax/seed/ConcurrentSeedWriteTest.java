package dev.parallax.seed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Two writers of one new agreement at once (two replicas seeding a fresh database): both succeed, it is written once. */
@QuarkusTest
class ConcurrentSeedWriteTest {

    @Inject
    SeedWriter writer;

    @Test
    void twoWritersOfOneNewAgreementAtOnceBothSucceedAndWriteItOnce() throws Exception {
        SeedCorpus seed = new SeedReader("classpath:seeds").readAll().get(0);
        String slug = "concurrent-" + System.nanoTime();
        SeedCorpus.AgreementSeed a = seed.agreement();
        SeedCorpus corpus = new SeedCorpus(new SeedCorpus.AgreementSeed(slug, a.title(), a.parties(), a.place(),
                a.signedOn(), a.timeZone(), a.clauses(), a.facets(), a.sources()), seed.claims(), seed.texts());
        int writers = 3;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                Callable<Integer> write = () -> {
                    start.await();
                    try {
                        return VertxContextSupport.subscribeAndAwait(() -> writer.write(corpus));
                    } catch (Throwable e) {
                        throw new IllegalStateException(e);
                    }
                };
                results.add(pool.submit(write));
            }
            start.countDown();
            List<Integer> inserted = new ArrayList<>();
            for (Future<Integer> result : results) {
                inserted.add(result.get(60, TimeUnit.SECONDS));
            }
            assertThat(inserted).containsExactlyInAnyOrder(seed.claims().size(), 0, 0);
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("select count(*) from agreement where slug = ?", slug)).isEqualTo(1);
        assertThat(count("select count(*) from source s join agreement a on a.id = s.agreement_id where a.slug = ?", slug))
                .isEqualTo(seed.agreement().sources().size());
        assertThat(count("select count(*) from claim c join source s on s.id = c.source_id join agreement a"
                + " on a.id = s.agreement_id where a.slug = ?", slug)).isEqualTo(seed.claims().size());
    }

    @Test
    void aStartingReplicaWaitsLongerThanTheStatementTimeoutForAnotherOnesImport() throws Exception {
        SeedCorpus corpus = renamed(new SeedReader("classpath:seeds").readAll().get(0), "waiting-" + System.nanoTime());
        String slug = corpus.agreement().slug();
        try (Connection other = TestDatabase.connect(); Statement s = other.createStatement()) {
            // Another replica's import holds the agreement's lock past the 10 s statement timeout.
            s.execute("select pg_advisory_lock(" + 0x5EED + ", hashtext('" + slug + "'))");
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                Future<Integer> write = pool.submit(() -> {
                    try {
                        return VertxContextSupport.subscribeAndAwait(() -> writer.write(corpus, Duration.ofMinutes(1)));
                    } catch (Throwable e) {
                        throw new IllegalStateException(e);
                    }
                });
                Thread.sleep(12_000);
                assertThat(write.isDone()).as("still waiting for the lock").isFalse();
                s.execute("select pg_advisory_unlock(" + 0x5EED + ", hashtext('" + slug + "'))");
                assertThat(write.get(60, TimeUnit.SECONDS)).isEqualTo(corpus.claims().size());
            } finally {
                pool.shutdownNow();
            }
        }
        assertThat(count("select count(*) from agreement where slug = ?", slug)).isEqualTo(1);
    }

    private static SeedCorpus renamed(SeedCorpus seed, String slug) {
        SeedCorpus.AgreementSeed a = seed.agreement();
        return new SeedCorpus(new SeedCorpus.AgreementSeed(slug, a.title(), a.parties(), a.place(),
                a.signedOn(), a.timeZone(), a.clauses(), a.facets(), a.sources()), seed.claims(), seed.texts());
    }

    private static long count(String sql, String slug) throws Exception {
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, slug);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
