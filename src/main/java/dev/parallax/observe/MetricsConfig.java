package dev.parallax.observe;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Bounds on what Parallax's own metrics may label ({@code parallax.metrics.*}). */
@ConfigMapping(prefix = "parallax.metrics")
public interface MetricsConfig {

    /** Distinct operation names counted under their own label; later ones count as "other". */
    @WithDefault("100")
    int maxOperationNames();
}
