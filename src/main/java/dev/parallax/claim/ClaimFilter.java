package dev.parallax.claim;

import dev.parallax.agreement.Facet;
import dev.parallax.domain.InvalidInputException;

/** Filters of the {@code claims} connection; null means "any". */
public record ClaimFilter(Long agreementId, Long sourceId, String facetKey, ClaimStatus status) {

    public ClaimFilter {
        if (facetKey != null && !facetKey.matches(Facet.KEY_SHAPE)) {
            throw new InvalidInputException("facetKey must be lower-case letters, digits and hyphens (at most 80)");
        }
    }
}
