package dev.parallax.engine;

/** Compares two readings of one facet; the consensus asks through it so a test can count the comparisons. */
@FunctionalInterface
interface ReadingMatcher {

    ValueMatch compare(Reading a, Reading b);

    /** The engine's matcher for a facet. */
    static ReadingMatcher of(FacetContext ctx) {
        return (a, b) -> ValueMatcher.compare(a, b, ctx.names());
    }
}
