package dev.parallax.limit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Every client's budget state, in a cache bounded in size ({@code parallax.limits.max-clients}) and age (two windows
 * unseen), so that many distinct clients cannot grow memory without bound. A forgotten client starts afresh.
 */
@ApplicationScoped
public class ClientBudgets {

    private final LimitsConfig config;
    private final LongSupplier clock;
    private final Cache<String, ClientState> states;

    @Inject
    public ClientBudgets(LimitsConfig config) {
        this(config, System::currentTimeMillis);
    }

    ClientBudgets(LimitsConfig config, LongSupplier clock) {
        this.config = config;
        this.clock = clock;
        this.states = Caffeine.newBuilder()
                .maximumSize(config.maxClients())
                .expireAfterAccess(Duration.ofMillis(2 * ClientState.WINDOW_MILLIS))
                .build();
    }

    /** The budget handle of {@code id}, with the limits of its kind. */
    public Client client(ClientId id) {
        ClientState state = states.get(id.key(), key -> new ClientState());
        return id.token()
                ? new Client(id, state, config.tokenPointsPerMinute(), config.tokenMaxConcurrent(), clock)
                : new Client(id, state, config.anonymousPointsPerMinute(), config.anonymousMaxConcurrent(), clock);
    }

    /** Clients currently remembered (an estimate, as Caffeine counts). */
    public long trackedClients() {
        states.cleanUp();
        return states.estimatedSize();
    }
}
