package dev.parallax.graphql.values;

import org.eclipse.microprofile.graphql.NonNull;

/** The fields every value view shares; each concrete view implements {@link ValueView} itself. */
public abstract class BaseValueView {

    ValueKindView kind;

    String display;

    @NonNull
    public ValueKindView getKind() {
        return kind;
    }

    @NonNull
    public String getDisplay() {
        return display;
    }
}
