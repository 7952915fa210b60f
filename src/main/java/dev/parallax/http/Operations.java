package dev.parallax.http;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import java.util.List;
import java.util.Optional;

/** Picks the operation a request would run, as GraphQL's GetOperation does. */
final class Operations {

    private Operations() {
    }

    /** The named operation, or the only one when no name is given; empty when that choice is impossible. */
    static Optional<OperationDefinition> select(Document document, String operationName) {
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        if (operationName == null) {
            return operations.size() == 1 ? Optional.of(operations.get(0)) : Optional.empty();
        }
        return operations.stream().filter(operation -> operationName.equals(operation.getName())).findFirst();
    }

    /** Why {@link #select} found nothing, in the words a client needs. */
    static String whyNoneSelected(Document document, String operationName) {
        if (operationName != null) {
            return "Unknown operation named '" + operationName + "'.";
        }
        return document.getDefinitionsOfType(OperationDefinition.class).isEmpty()
                ? "The document contains no operation."
                : "The document contains several operations: name the one to run in operationName.";
    }
}
