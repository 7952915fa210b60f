package dev.parallax.seed;

import java.time.OffsetDateTime;

/** One recorded re-import of an agreement: who, when, and what changed (one line per change). */
public record AgreementEvent(long agreementId, String actor, OffsetDateTime at, String summary) {
}
