package dev.parallax.value;

/** A value a source or an agreement states about one facet. */
public sealed interface Value permits Quantity, InstantValue, DateValue, NameValue, AssertionValue, TextValue {

    ValueKind kind();
}
