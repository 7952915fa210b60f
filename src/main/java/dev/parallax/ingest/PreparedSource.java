package dev.parallax.ingest;

import dev.parallax.source.NewSource;
import dev.parallax.source.SourceProvenance;

/** A checked new source with where it came from ({@code provenance} is null for plain text without an author). */
public record PreparedSource(NewSource source, SourceProvenance provenance) {
}
