package dev.parallax.comparison;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Who publishes the exports and at which address ({@code parallax.export.*}). */
@ConfigMapping(prefix = "parallax.export")
public interface ExportConfig {

    /** The organisation named as the author of the reviews and annotations. */
    @WithDefault("Parallax")
    String organisationName();

    /** The organisation's web site, if it has one. */
    Optional<String> organisationUrl();

    /** The public base URL of this service: the exports' own URLs (ClaimReview url, annotation ids) start with it. */
    @WithDefault("http://localhost:8080")
    String publicUrl();
}
