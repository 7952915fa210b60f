package dev.parallax.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.testing.Documents;
import dev.parallax.testing.GraphQl;
import dev.parallax.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The service's own embedded PostgreSQL is killed (SIGKILL of its postmaster, as the OOM killer would): the supervisor
 * starts it again and the connection pool reconnects by itself, so that requests succeed again within 10 s; until
 * then they fail with UNAVAILABLE, never anything else.
 */
@QuarkusTest
class PostmasterCrashTest {

    static final String LIST = Documents.load("db/PostmasterCrashTest/AgreementIds");
    static final Duration RECOVERY_LIMIT = Duration.ofSeconds(10);

    @Test
    void requestsSucceedAgainWithinTenSecondsOfAPostmasterKill() throws Exception {
        assertThat(codes(GraphQl.post(LIST).extract().jsonPath())).as("before the kill").isEmpty();
        long pid = TestDatabase.postmasterPid();

        long killed = System.nanoTime();
        assertThat(ProcessHandle.of(pid).orElseThrow().destroyForcibly()).isTrue();
        List<String> seen = new ArrayList<>();
        long recovered = -1;
        while (System.nanoTime() - killed < RECOVERY_LIMIT.toNanos()) {
            JsonPath answer = GraphQl.post(LIST).statusCode(200).extract().jsonPath();
            List<String> codes = codes(answer);
            if (codes.isEmpty() && answer.getList("data.agreements") != null) {
                recovered = System.nanoTime();
                break;
            }
            seen.addAll(codes);
            Thread.sleep(100);
        }
        System.out.printf("postmaster crash: requests succeed again %d ms after the kill; meanwhile %s%n",
                recovered < 0 ? -1 : (recovered - killed) / 1_000_000, seen);

        assertThat(recovered).as("a request succeeds within %s of the kill; meanwhile %s", RECOVERY_LIMIT, seen)
                .isPositive();
        assertThat(seen).as("while it is down").allMatch("UNAVAILABLE"::equals);
        assertThat(TestDatabase.postmasterPid()).isNotEqualTo(pid);
        for (int i = 0; i < 5; i++) {
            assertThat(codes(GraphQl.post(LIST).extract().jsonPath())).as("after recovery").isEmpty();
        }
    }

    private static List<String> codes(JsonPath answer) {
        List<String> codes = answer.getList("errors.extensions.code");
        return codes == null ? List.of() : codes;
    }
}
