package dev.parallax.guard;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import java.util.List;
import java.util.Optional;

/** Picks the operation a request would run, as graphql-java's NodeUtil.getOperation does. */
public final class OperationSelection {

    private OperationSelection() {
    }

    /**
     * The named operation; without a name, the only one; with an empty name, the first (graphql-java runs that one).
     * Empty when that choice is impossible.
     */
    public static Optional<OperationDefinition> select(Document document, String operationName) {
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        if (operationName == null) {
            return operations.size() == 1 ? Optional.of(operations.get(0)) : Optional.empty();
        }
        if (operationName.isEmpty()) {
            return operations.stream().findFirst();
        }
        return operations.stream().filter(operation -> operationName.equals(operation.getName())).findFirst();
    }

    /** Why {@link #select} found nothing, in the words a client needs. */
    public static String whyNoneSelected(Document document, String operationName) {
        if (operationName != null && !operationName.isEmpty()) {
            return "Unknown operation named '" + operationName + "'.";
        }
        return document.getDefinitionsOfType(OperationDefinition.class).isEmpty()
                ? "The document contains no operation."
                : "The document contains several operations: name the one to run in operationName.";
    }
}
