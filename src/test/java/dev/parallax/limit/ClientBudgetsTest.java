package dev.parallax.limit;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.runtime.configuration.MemorySize;
import java.math.BigInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Budgets per client: a one-minute window, concurrent slots, and a bounded memory of clients. */
class ClientBudgetsTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final ClientBudgets budgets = new ClientBudgets(new Limits(100, 2, 50), now::get);

    @Test
    void aWindowHoldsItsBudgetAndTheNextStartsAfresh() {
        Client client = budgets.client(ClientId.of("alice", "10.0.0.1"));
        assertThat(client.charge(60).accepted()).isTrue();
        Charge refused = client.charge(41);
        assertThat(refused.accepted()).isFalse();
        assertThat(refused.allowance().remaining()).isEqualTo(40);
        assertThat(refused.allowance().resetAtMillis()).isEqualTo(1_000_000 + 60_000);
        assertThat(client.charge(40).accepted()).isTrue();
        assertThat(client.allowance().remaining()).isZero();
        assertThat(client.allowance().secondsUntilReset(now.get())).isEqualTo(60);
        now.addAndGet(60_000);
        assertThat(client.allowance().remaining()).isEqualTo(100);
        assertThat(client.charge(100).accepted()).isTrue();
    }

    @Test
    void tokensAndAddressesAreSeparateClientsWithTheirOwnLimits() {
        Client token = budgets.client(ClientId.of("alice", "10.0.0.1"));
        Client address = budgets.client(ClientId.of(null, "10.0.0.1"));
        token.charge(100);
        assertThat(address.allowance().limit()).isEqualTo(50);
        assertThat(address.allowance().remaining()).isEqualTo(50);
        assertThat(budgets.client(ClientId.of("alice", "10.9.9.9")).allowance().remaining())
                .as("the same subject from anywhere").isZero();
        assertThat(ClientId.of("x".repeat(ClientId.MAX_SUBJECT + 1), "10.0.0.1")).isEqualTo(ClientId.anonymous("10.0.0.1"));
    }

    @Test
    void anIpv6HostCountsByItsSlash64() {
        assertThat(ClientId.anonymous("2001:db8:1:2:aaaa::1")).isEqualTo(ClientId.anonymous("2001:db8:1:2:ffff::9"));
        assertThat(ClientId.anonymous("2001:db8:1:3::1")).isNotEqualTo(ClientId.anonymous("2001:db8:1:2::1"));
        assertThat(ClientId.anonymous("10.0.0.1")).isNotEqualTo(ClientId.anonymous("10.0.0.2"));
    }

    @Test
    void concurrentSlotsAreLimitedAndGivenBack() {
        Client client = budgets.client(ClientId.anonymous("10.0.0.3"));
        assertThat(client.enter()).isTrue();
        assertThat(client.enter()).isTrue();
        assertThat(client.enter()).isFalse();
        client.leave();
        assertThat(budgets.client(ClientId.anonymous("10.0.0.3")).enter()).isTrue();
    }

    @Test
    void manyDistinctClientsDoNotGrowMemoryWithoutBound() {
        for (int i = 0; i < 20_000; i++) {
            budgets.client(ClientId.anonymous("10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255))).charge(1);
        }
        assertThat(budgets.trackedClients()).isLessThanOrEqualTo(Limits.MAX_CLIENTS);
    }

    /** Small limits for the tests. */
    private record Limits(int tokenPoints, int anonymousConcurrent, int anonymousPoints) implements LimitsConfig {

        static final int MAX_CLIENTS = 1000;

        @Override
        public boolean enabled() {
            return true;
        }

        @Override
        public int anonymousPointsPerMinute() {
            return anonymousPoints;
        }

        @Override
        public int anonymousMaxConcurrent() {
            return anonymousConcurrent;
        }

        @Override
        public int tokenPointsPerMinute() {
            return tokenPoints;
        }

        @Override
        public int tokenMaxConcurrent() {
            return 4;
        }

        @Override
        public int maxClients() {
            return MAX_CLIENTS;
        }

        @Override
        public MemorySize maxResponseSize() {
            return new MemorySize(BigInteger.valueOf(8 << 20));
        }

        @Override
        public int costAgreements() {
            return 10;
        }

        @Override
        public int costFacetsPerAgreement() {
            return 40;
        }

        @Override
        public int costSourcesPerAgreement() {
            return 25;
        }

        @Override
        public int costClaimsPerCell() {
            return 3;
        }

        @Override
        public int costListSize() {
            return 10;
        }
    }
}
