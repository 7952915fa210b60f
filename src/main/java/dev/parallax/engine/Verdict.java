package dev.parallax.engine;

/** How one source's statements on a facet stand against the agreement. */
public enum Verdict {
    /** A checkable statement agrees with the agreement and none disagrees. */
    MATCHES,
    /** At least one checkable statement disagrees with the agreement. */
    CONFLICTS,
    /** The source speaks to the point but says nothing checkable. */
    PARTIAL,
    /** The source says nothing on the point. */
    OMITS,
    /** The source states a context fact the agreement does not settle. */
    REPORTS
}
