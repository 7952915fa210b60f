package dev.parallax.engine;

/** How the sources that speak to a facet stand against each other. */
public enum Consensus {
    AGREED, DISPUTED, SINGLE_SOURCE, UNREPORTED
}
