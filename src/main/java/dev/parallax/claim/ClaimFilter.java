package dev.parallax.claim;

/** Filters of the {@code claims} connection; null means "any". */
public record ClaimFilter(Long agreementId, Long sourceId, String facetKey, ClaimStatus status) {
}
