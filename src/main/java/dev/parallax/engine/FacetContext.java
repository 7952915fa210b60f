package dev.parallax.engine;

import dev.parallax.value.Value;

/** A facet as the engine judges it: its effective expected value and whether the agreement settles it. */
record FacetContext(FacetSpec facet, Value expected, boolean clause, NameResolver names) {
}
