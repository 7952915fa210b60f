package dev.parallax.changes;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Live updates ({@code parallax.live.*}). */
@ConfigMapping(prefix = "parallax.live")
public interface ChangeFeedConfig {

    /** Changes one subscription may have waiting before it is ended with SLOW_CONSUMER. */
    @WithDefault("256")
    int buffer();
}
