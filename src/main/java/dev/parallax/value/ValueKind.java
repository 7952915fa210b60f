package dev.parallax.value;

/** What sort of thing a value states. */
public enum ValueKind {
    COUNT, LENGTH, DURATION, PERCENT, MASS, INSTANT, DATE, PLACE, ACTOR, ASSERTION, TEXT;

    /** True for the kinds a {@link Quantity} may have. */
    public boolean isQuantity() {
        return this == COUNT || this == LENGTH || this == DURATION || this == PERCENT || this == MASS;
    }

    /** True for the kinds a {@link NameValue} may have. */
    public boolean isName() {
        return this == PLACE || this == ACTOR;
    }
}
