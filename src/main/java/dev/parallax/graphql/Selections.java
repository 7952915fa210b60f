package dev.parallax.graphql;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;
import io.smallrye.graphql.api.Context;

/** What the current field's selection asks for below it, fragments and aliases included. */
public final class Selections {

    private Selections() {
    }

    /** True when {@code type.field} is selected anywhere below the current field (true when it cannot be told). */
    public static boolean asks(Context context, String type, String field) {
        DataFetchingEnvironment env;
        try {
            env = context.unwrap(DataFetchingEnvironment.class);
        } catch (RuntimeException noCurrentField) {
            env = null;
        }
        if (env == null) {
            return true;
        }
        for (SelectedField selected : env.getSelectionSet().getFields()) {
            if (selected.getName().equals(field) && selected.getObjectTypeNames().contains(type)) {
                return true;
            }
        }
        return false;
    }
}
