package dev.parallax.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.testing.BulkCorpus;
import dev.parallax.testing.Documents;
import dev.parallax.testing.GraphQl;
import dev.parallax.testing.RawHttp;
import dev.parallax.testing.SeedArticles;
import dev.parallax.testing.TestDatabase;
import dev.parallax.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The per-request time limit ({@code parallax.graphql.request-timeout}, 10 s) against a real blocking condition:
 * a row lock held by another database session, no mocks. Mutations waiting for the lock are answered with
 * TIMEOUT once the limit is up, while the lock is still held; their writes are cancelled for good (releasing the
 * lock afterwards does not let them through), the service's connections all come back to its pool, and the same
 * mutation succeeds as soon as nothing blocks it.
 * <p>
 * The service also cuts off each SQL statement after 10 s (statement_timeout). So that the request's own limit is
 * what is tested, a gate (an exclusive lock on {@code facet}, which the mutation reads before its UPDATE) holds
 * the mutations up for {@link #GATE} first: the database would end their UPDATEs only at 10 s + GATE, and would
 * let them go through if the row lock were released before that.
 */
@QuarkusTest
class RequestTimeLimitTest {

    static final Duration LIMIT = Duration.ofSeconds(10);
    /** Time for the answer to travel once the limit is up; below the HTTP backstop (limit + 1 s, with HTTP 503). */
    static final Duration MARGIN = Duration.ofMillis(2500);
    /** How long the mutations are held up before they reach their UPDATE. */
    static final Duration GATE = Duration.ofSeconds(3);
    static final String TOKEN = Tokens.valid(GraphQl.TESTER, "editor", "admin");
    static final String ADD_SOURCE = Documents.load("graphql/RequestTimeLimitTest/AddSource");
    static final String REJECT = Documents.load("graphql/RequestTimeLimitTest/RejectClaim");
    /** A read that needs a pooled connection and waits, holding it, while {@code facet} is locked. */
    static final String FACETS = Documents.load("graphql/RequestTimeLimitTest/AgreementFacets");

    @Test
    void mutationsBlockedByARowLockAreCancelledAtTheTimeLimitAndWriteNothing() throws Exception {
        int poolSize = ConfigProvider.getConfig().getValue("quarkus.datasource.reactive.max-size", Integer.class);
        String claim = suggestedClaim();
        long claimDbId = GlobalId.decode(claim, NodeType.Claim);
        assertThat(status(claimDbId)).isEqualTo("SUGGESTED");
        long eventsBefore = events(claimDbId);
        // Two more than the pool has connections: those two are still waiting for one when the limit is up.
        int calls = poolSize + 2;
        ExecutorService clients = Executors.newFixedThreadPool(calls);
        try {
            List<Timed> replies = new ArrayList<>();
            boolean stillWaitingWhenAnswered;
            long updatesWaitingFrom;
            try (Connection locker = TestDatabase.connect(); Connection gate = TestDatabase.connect()) {
                locker.setAutoCommit(false);
                execute(locker, "select id from claim where id = " + claimDbId + " for update");
                int lockerPid = backendPid(locker);
                gate.setAutoCommit(false);
                execute(gate, "set local lock_timeout = '5s'");
                execute(gate, "lock table facet in access exclusive mode");
                int gatePid = backendPid(gate);

                long start = System.nanoTime();
                List<Future<Timed>> pending = new ArrayList<>();
                for (int i = 0; i < calls; i++) {
                    pending.add(clients.submit(() -> Timed.of(start, () -> reject(claim))));
                }
                assertThat(waitForBlocked(gatePid, poolSize, Duration.ofSeconds(5)))
                        .as("service sessions held up at the gate").hasSize(poolSize);
                Thread.sleep(Math.max(0, GATE.toMillis() - millisSince(start)));
                gate.commit();
                // Every pooled connection now waits for the row lock in an UPDATE (the mutations are not failing
                // for some other reason); the two other mutations wait for a connection.
                assertThat(waitForBlocked(lockerPid, poolSize, Duration.ofSeconds(5)))
                        .as("service sessions blocked by the row lock").hasSize(poolSize);
                updatesWaitingFrom = millisSince(start);
                for (Future<Timed> call : pending) {
                    replies.add(call.get(LIMIT.plus(Duration.ofSeconds(10)).toSeconds(), TimeUnit.SECONDS));
                }
                stillWaitingWhenAnswered = !blockedBy(lockerPid).isEmpty();
                // Every answer came while the lock was still held: only the time limit can have ended the requests.
                assertThat(locker.isClosed()).isFalse();
                locker.rollback();
            }
            long fastest = replies.stream().mapToLong(Timed::millis).min().orElseThrow();
            long slowest = replies.stream().mapToLong(Timed::millis).max().orElseThrow();
            System.out.printf("%d x rejectClaim under a row lock (pool of %d): UPDATEs waiting from %d ms, answered"
                    + " after %d..%d ms, HTTP %s (service sessions still waiting when answered: %s): %s%n", calls,
                    poolSize, updatesWaitingFrom, fastest, slowest,
                    replies.stream().map(r -> r.reply().status()).distinct().toList(), stillWaitingWhenAnswered,
                    replies.get(0).reply().body());

            for (Timed timed : replies) {
                RawHttp.Reply reply = timed.reply();
                assertThat(timed.millis()).as("answered within the limit plus a margin: %s", reply.body())
                        .isLessThan(LIMIT.plus(MARGIN).toMillis())
                        .isGreaterThanOrEqualTo(LIMIT.toMillis() - 500);
                assertThat(reply.status()).as(reply.body()).isEqualTo(200);
                JsonNode errors = reply.json().get("errors");
                assertThat(errors).as(reply.body()).isNotNull();
                assertThat(errors.size()).as(reply.body()).isEqualTo(1);
                assertThat(errors.get(0).at("/extensions/code").asText()).as(reply.body()).isEqualTo("TIMEOUT");
                assertThat(errors.get(0).get("message").asText())
                        .isEqualTo("The request took longer than 10 s and was cancelled.");
                assertThat(errors.get(0).at("/path/0").asText()).isEqualTo("rejectClaim");
                assertThat(reply.json().get("data").isNull()).as(reply.body()).isTrue();
            }

            // The lock is gone now: a write that outlived its request would go through in the next moments.
            Thread.sleep(1000);
            assertThat(status(claimDbId)).as("status after the lock was released").isEqualTo("SUGGESTED");
            assertThat(events(claimDbId)).as("history rows after the lock was released").isEqualTo(eventsBefore);
            assertThat(serviceSessionsBusy()).as("service sessions still in a transaction or a statement").isEmpty();
            assertPoolWhole(clients, poolSize);
        } finally {
            clients.shutdownNow();
        }

        Timed ok = Timed.of(System.nanoTime(), () -> reject(claim));
        System.out.printf("rejectClaim without the lock: HTTP %d after %d ms%n", ok.reply().status(), ok.millis());
        assertThat(ok.reply().status()).isEqualTo(200);
        assertThat(ok.reply().json().get("errors")).as(ok.reply().body()).isNull();
        assertThat(ok.reply().json().at("/data/rejectClaim/claim/status").asText()).isEqualTo("REJECTED");
        List<String> history = new ArrayList<>();
        ok.reply().json().at("/data/rejectClaim/claim/history").forEach(e -> history.add(e.get("action").asText()));
        assertThat(history).containsExactly("SUGGESTED", "REJECTED");
        assertThat(ok.millis()).isLessThan(2000);
        assertThat(status(claimDbId)).isEqualTo("REJECTED");
        assertThat(events(claimDbId)).isEqualTo(eventsBefore + 1);
    }

    /**
     * Every connection of the pool is usable again (none leaked by the cancelled requests): as many reads as the
     * pool has connections can each hold one at the same time, waiting at the gate, and all finish once it opens.
     */
    static void assertPoolWhole(ExecutorService clients, int poolSize) throws Exception {
        try (Connection gate = TestDatabase.connect()) {
            gate.setAutoCommit(false);
            execute(gate, "set local lock_timeout = '5s'");
            execute(gate, "lock table facet in access exclusive mode");
            long start = System.nanoTime();
            List<Future<Timed>> reads = new ArrayList<>();
            for (int i = 0; i < poolSize; i++) {
                reads.add(clients.submit(() -> Timed.of(start, () -> post(FACETS, Map.of()))));
            }
            try {
                assertThat(waitForBlocked(backendPid(gate), poolSize, Duration.ofSeconds(5)))
                        .as("pooled connections usable at once after the timeouts").hasSize(poolSize);
            } finally {
                gate.commit();
            }
            for (Future<Timed> read : reads) {
                RawHttp.Reply reply = read.get(LIMIT.toSeconds(), TimeUnit.SECONDS).reply();
                assertThat(reply.json().get("errors")).as(reply.body()).isNull();
            }
        }
    }

    /** A reply and how long after {@code start} it came. */
    record Timed(RawHttp.Reply reply, long millis) {

        static Timed of(long start, java.util.function.Supplier<RawHttp.Reply> call) {
            RawHttp.Reply reply = call.get();
            return new Timed(reply, millisSince(start));
        }
    }

    /** A SUGGESTED claim, from adding a seed article to an agreement of this test's own. */
    static String suggestedClaim() throws SQLException {
        String agreement = GlobalId.of(NodeType.Agreement, BulkCorpus.ensure("request-time-limit", 0));
        RawHttp.Reply added = post(ADD_SOURCE, Map.of("input", Map.of("agreementId", agreement,
                "text", SeedArticles.text(SeedArticles.S001))));
        assertThat(added.json().get("errors")).as(added.body()).isNull();
        JsonNode claims = added.json().at("/data/addSource/claims");
        assertThat(claims.size()).isPositive();
        assertThat(claims.get(0).get("status").asText()).isEqualTo("SUGGESTED");
        return claims.get(0).get("id").asText();
    }

    static RawHttp.Reply reject(String claim) {
        return post(REJECT, Map.of("input", Map.of("claimId", claim)));
    }

    static RawHttp.Reply post(String query, Map<String, Object> variables) {
        return RawHttp.postJson(Map.of("query", query, "variables", variables),
                Map.of("Authorization", "Bearer " + TOKEN, "Accept", "application/json"));
    }

    static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    static String status(long claimDbId) throws SQLException {
        return firstColumn("select status from claim where id = ?", claimDbId);
    }

    static long events(long claimDbId) throws SQLException {
        return Long.parseLong(firstColumn("select count(*) from claim_event where claim_id = ?", claimDbId));
    }

    /** The first column of the first row of a query taking one id. */
    static String firstColumn(String sql, long id) throws SQLException {
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static int backendPid(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select pg_backend_pid()"); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /**
     * Client sessions waiting, directly or behind other waiters (a row lock's queue), for a lock the given backend
     * holds.
     */
    static List<Integer> blockedBy(int pid) throws SQLException {
        List<Integer> blocked = new ArrayList<>();
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(
                "with recursive waiting(pid) as (select pid from pg_stat_activity where backend_type = 'client backend'"
                        + " and ? = any(pg_blocking_pids(pid)) union select a.pid from pg_stat_activity a"
                        + " join waiting w on w.pid = any(pg_blocking_pids(a.pid)) where a.backend_type = 'client backend')"
                        + " select pid from waiting")) {
            s.setInt(1, pid);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    blocked.add(rs.getInt(1));
                }
            }
        }
        return blocked;
    }

    /** Polls until {@code count} sessions wait for the given backend's locks (or the time is up); returns them. */
    static List<Integer> waitForBlocked(int pid, int count, Duration atMost) throws Exception {
        long deadline = System.nanoTime() + atMost.toNanos();
        List<Integer> blocked = blockedBy(pid);
        while (blocked.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(50);
            blocked = blockedBy(pid);
        }
        return blocked;
    }

    /** Other client sessions (the service's pool) inside a transaction or running a statement. */
    static List<String> serviceSessionsBusy() throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(
                "select pid, state, wait_event_type, query from pg_stat_activity where datname = current_database()"
                        + " and pid <> pg_backend_pid() and backend_type = 'client backend'"
                        + " and (state <> 'idle' or xact_start is not null)");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                found.add(rs.getInt(1) + " " + rs.getString(2) + " " + rs.getString(3) + ": " + rs.getString(4));
            }
        }
        return found;
    }
}
