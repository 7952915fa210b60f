package dev.parallax.value;

/** The source affirms ({@code holds}) or denies the point. */
public record AssertionValue(boolean holds) implements Value {

    @Override
    public ValueKind kind() {
        return ValueKind.ASSERTION;
    }
}
