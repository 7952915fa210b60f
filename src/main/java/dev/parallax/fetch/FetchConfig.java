package dev.parallax.fetch;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How Parallax fetches a page for {@code addSource} with a URL alone ({@code parallax.fetch.*}). */
@ConfigMapping(prefix = "parallax.fetch")
public interface FetchConfig {

    /** Largest page body accepted (after decompression); also the largest {@code html} a client may send. */
    @WithDefault("5M")
    MemorySize maxSize();

    /** Wall-clock limit for the whole fetch, redirects included; keep it below parallax.graphql.request-timeout. */
    @WithDefault("5s")
    Duration timeout();

    /** Redirects followed; each hop's scheme and addresses are checked again. */
    @WithDefault("5")
    int maxRedirects();

    /** Fetch from private, loopback, link-local, unique-local, CGNAT and other non-public addresses too. */
    @WithDefault("false")
    boolean allowPrivateAddresses();

    /** Fetch from loopback addresses (127.0.0.0/8, ::1) only, the other non-public ones stay refused: for tests. */
    @WithDefault("false")
    boolean allowLoopback();

    /** The User-Agent header sent. */
    @WithDefault("Parallax/0.1 (news comparison; fetches one page when an editor adds it)")
    String userAgent();
}
