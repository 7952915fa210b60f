package dev.parallax.http;

import dev.parallax.guard.RequestLimits;
import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** What one request to {@code /graphql} may cost, and which optional features are on ({@code parallax.graphql.*}). */
@ConfigMapping(prefix = "parallax.graphql")
public interface GraphQlEndpointConfig {

    /** Largest request body; an article is at most 200 KB and an imported agreement at most 1 MB. */
    @WithDefault("4M")
    MemorySize maxBodySize();

    /** Operations in one batched (JSON array) request. */
    @WithDefault("5")
    int maxBatchOperations();

    /** Wall-clock limit for one request; resolvers still running then are cancelled. */
    @WithDefault("10s")
    Duration requestTimeout();

    /** Nesting of field selections (a root field is depth 1). */
    @WithDefault("15")
    int maxDepth();

    /** Field selections after expanding fragments: the query's complexity. */
    @WithDefault("500")
    int maxFields();

    /** Aliased fields in one operation. */
    @WithDefault("50")
    int maxAliases();

    /** Directive usages in one operation. */
    @WithDefault("25")
    int maxDirectives();

    /** Lexical tokens in the query document. */
    @WithDefault("5000")
    int maxTokens();

    /** Whether {@code __schema} and {@code __type} answer. */
    @WithDefault("true")
    boolean introspection();

    /** Whether queries (never mutations) may be sent with GET. */
    @WithDefault("true")
    boolean allowGet();

    default RequestLimits limits() {
        return new RequestLimits(maxDepth(), maxFields(), maxAliases(), maxDirectives(), maxTokens());
    }
}
