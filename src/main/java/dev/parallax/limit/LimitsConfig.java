package dev.parallax.limit;

import dev.parallax.guard.CostModel;
import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** What each client may spend per minute and hold at once, and how big an answer may be ({@code parallax.limits.*}). */
@ConfigMapping(prefix = "parallax.limits")
public interface LimitsConfig {

    /** Whether budgets, concurrency limits and rate-limit headers apply at all (the response cap always does). */
    @WithDefault("true")
    boolean enabled();

    /** Points (see dev.parallax.guard.QueryCost) a client without a valid token may spend per minute and address. */
    @WithName("anonymous.points-per-minute")
    @WithDefault("600")
    int anonymousPointsPerMinute();

    /** Requests a client without a valid token may have in progress at once. */
    @WithName("anonymous.max-concurrent")
    @WithDefault("4")
    int anonymousMaxConcurrent();

    /** Points a token's subject may spend per minute. */
    @WithName("token.points-per-minute")
    @WithDefault("10000")
    int tokenPointsPerMinute();

    /** Requests a token's subject may have in progress at once. */
    @WithName("token.max-concurrent")
    @WithDefault("8")
    int tokenMaxConcurrent();

    /** Clients whose spending is remembered; beyond it the least recently seen are forgotten (bounded memory). */
    @WithDefault("100000")
    int maxClients();

    /** Largest response body; a bigger answer is replaced by a RESPONSE_TOO_LARGE error. */
    @WithDefault("8M")
    MemorySize maxResponseSize();

    /** Agreements {@code agreements} is assumed to return when costing a query. */
    @WithName("cost.agreements")
    @WithDefault("10")
    int costAgreements();

    /** Facets a comparison is assumed to have when the query names no {@code facetKeys}. */
    @WithName("cost.facets-per-agreement")
    @WithDefault("40")
    int costFacetsPerAgreement();

    /** Sources a comparison is assumed to have when the query names no {@code sourceIds}. */
    @WithName("cost.sources-per-agreement")
    @WithDefault("25")
    int costSourcesPerAgreement();

    /** Claims a comparison cell is assumed to rest on. */
    @WithName("cost.claims-per-cell")
    @WithDefault("3")
    int costClaimsPerCell();

    /** Items assumed for every other list (clauses, a source's claims, a cell's claims, history). */
    @WithName("cost.list-size")
    @WithDefault("10")
    int costListSize();

    default CostModel costModel() {
        return new CostModel(costAgreements(), costFacetsPerAgreement(), costSourcesPerAgreement(), costClaimsPerCell(),
                costListSize());
    }
}
