package dev.parallax.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.testing.CapturedLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A supervised embedded PostgreSQL whose postmaster is killed is back, same port, same data, within 10 s. */
class EmbeddedPostgresSupervisionTest {

    static final Duration RECOVERY_LIMIT = Duration.ofSeconds(10);

    @Test
    void aKilledPostmasterIsStartedAgainWithItsData() throws Exception {
        Path dataDir = Files.createTempDirectory("parallax-supervised-pg");
        try (CapturedLog log = new CapturedLog(EmbeddedPostgres.class);
                // A commit waits for its WAL write (else a crash loses the last commits), not for fsync: the test measures
                // the supervision, not the disk of a shared build machine (fsync'ing the data directory before recovery).
                EmbeddedPostgres db = EmbeddedPostgres.start(dataDir, 0, false, Map.of("synchronous_commit", "on"))
                        .supervise(Duration.ofSeconds(1))) {
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("create table kept (n int); insert into kept values (42)");
            }
            int port = db.port();
            long pid = db.postmasterPid();

            long killed = System.nanoTime();
            assertThat(ProcessHandle.of(pid).orElseThrow().destroyForcibly()).isTrue(); // SIGKILL
            long recovered = awaitQuery(db, killed + RECOVERY_LIMIT.toNanos());
            System.out.printf("supervision: a query succeeded %d ms after the postmaster was killed%n",
                    (recovered - killed) / 1_000_000);

            assertThat(recovered).as("a query succeeds within %s of the kill", RECOVERY_LIMIT).isPositive();
            assertThat(db.port()).isEqualTo(port);
            assertThat(db.postmasterPid()).isNotEqualTo(pid);
            assertThat(LocalProcesses.alive(pid)).isFalse();
            try (Connection c = db.connect(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select n from kept")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(42);
            }
            assertThat(log.messagesAtLeast(CapturedLog.ERROR)).anyMatch(m -> m.contains("has died")
                    && m.contains("pid " + pid) && m.contains(dataDir.toString()));
            assertThat(log.messagesAtLeast(CapturedLog.WARN)).anyMatch(m -> m.contains("runs again"));
        }
        assertThat(dataDir).as("a throwaway data directory is deleted on close").doesNotExist();
    }

    @Test
    void closingStopsTheSupervision() throws Exception {
        Path dataDir = Files.createTempDirectory("parallax-supervised-pg");
        EmbeddedPostgres db = EmbeddedPostgres.start(dataDir, 0, true, Map.of()).supervise(Duration.ofMillis(200));
        long pid = db.postmasterPid();
        db.close();
        Thread.sleep(1000);
        assertThat(LocalProcesses.alive(pid)).isFalse();
        assertThat(PostmasterPidFile.in(dataDir)).as("nothing started again after close").isEmpty();
        EmbeddedPostgres.start(dataDir, 0, false, Map.of()).close(); // and deleted
    }

    /** The time a query first succeeded, or -1 if none did before the deadline. */
    private static long awaitQuery(EmbeddedPostgres db, long deadline) throws InterruptedException {
        while (System.nanoTime() < deadline) {
            try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select 1")) {
                if (rs.next()) {
                    return System.nanoTime();
                }
            } catch (SQLException e) {
                // down: retry
            }
            Thread.sleep(100);
        }
        return -1;
    }
}
