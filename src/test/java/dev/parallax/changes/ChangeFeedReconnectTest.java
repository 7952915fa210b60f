package dev.parallax.changes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.testing.BulkCorpus;
import dev.parallax.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The feed's LISTEN connection is killed in the database (as a failover or an idle-killer would); the feed
 * reconnects and LISTENs again by itself, tells its subscribers to resync, and the next change still arrives.
 */
@QuarkusTest
class ChangeFeedReconnectTest {

    @Inject
    ChangeFeed feed;

    @Test
    void aKilledListenConnectionIsReplacedAndChangesStillArrive() throws Exception {
        long agreement = BulkCorpus.ensure("live-reconnect", 1);
        AssertSubscriber<Change> changes = feed.of(agreement).subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
        awaitListening();

        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement();
                ResultSet killed = s.executeQuery("select count(pg_terminate_backend(pid)) from pg_stat_activity"
                        + " where query ilike 'LISTEN%" + ChangeRepository.CHANNEL + "%' and pid <> pg_backend_pid()")) {
            killed.next();
            assertThat(killed.getInt(1)).as("LISTEN backends killed").isEqualTo(1);
        }
        changes.awaitItems(1, Duration.ofSeconds(10));
        assertThat(changes.getItems().get(0).kind()).isEqualTo(ChangeKind.RESYNC);
        assertThat(changes.getItems().get(0).agreementId()).isEqualTo(agreement);

        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
            s.execute("select pg_notify('" + ChangeRepository.CHANNEL + "', '{\"a\":" + agreement
                    + ",\"k\":\"AGREEMENT_IMPORTED\",\"c\":[]}')");
        }
        changes.awaitItems(2, Duration.ofSeconds(1));
        assertThat(changes.getItems().get(1)).isEqualTo(new Change(agreement, ChangeKind.AGREEMENT_IMPORTED, null, null));
        changes.cancel();
    }

    private void awaitListening() throws InterruptedException {
        for (int i = 0; i < 100 && !feed.listening(); i++) {
            Thread.sleep(100);
        }
        assertThat(feed.listening()).isTrue();
    }
}
