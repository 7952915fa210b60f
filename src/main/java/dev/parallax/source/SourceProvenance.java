package dev.parallax.source;

import java.time.OffsetDateTime;

/**
 * Where a new source came from, beside its text: its author, the address and time Parallax fetched it (null when
 * the client sent it) and the page as received (null when the client sent plain text).
 */
public record SourceProvenance(String author, String fetchedFrom, OffsetDateTime retrievedAt, String html) {
}
