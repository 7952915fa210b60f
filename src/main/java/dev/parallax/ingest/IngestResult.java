package dev.parallax.ingest;

import dev.parallax.claim.Claim;
import dev.parallax.source.Source;
import java.util.List;

/** A source after {@code addSource}: new with its suggested claims, or the one that already had this text. */
public record IngestResult(Source source, List<Claim> claims, boolean created) {
}
