package dev.parallax.value;

/** What sort of thing a value states. */
public enum ValueKind {
    COUNT, LENGTH, DURATION, INSTANT, DATE, PLACE, ACTOR, ASSERTION, TEXT;

    /** True for the kinds a {@link Quantity} may have. */
    public boolean isQuantity() {
        return this == COUNT || this == LENGTH || this == DURATION;
    }

    /** True for the kinds a {@link NameValue} may have. */
    public boolean isName() {
        return this == PLACE || this == ACTOR;
    }
}
