package dev.parallax.claim;

import dev.parallax.value.Value;

/**
 * A reviewer's correction or a hand-written claim: every field is optional for a correction (null
 * keeps the current one) and required, but for attribution, for a new claim.
 */
public record ClaimChange(String facetKey, Value value, Integer start, Integer end, String attributedTo) {
}
