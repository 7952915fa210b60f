package dev.parallax.extract;

import dev.parallax.value.Value;
import dev.parallax.value.ValueKind;

/**
 * A checkable value found in a clause's text, proposed as a facet: its kind, the value as the clause states it, where
 * it stands ([start, end) in UTF-16 units of the clause text) and a label drawn from the words before it.
 */
public record FacetProposal(ValueKind kind, Value expected, int start, int end, String exact, String label) {
}
