package dev.parallax.guard;

import graphql.language.ArrayValue;
import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What an operation costs in rate-limit points, computed from the document before it runs (after GitHub's GraphQL
 * point model). A point is one request's base cost, a hundred objects the response may hold, or five comparison
 * cells (the engine's work per cell, measured, outweighs building twenty objects); a mutation field costs ten more (writes, extraction):
 * <pre>
 *   points = 1 + ceil(objects / 100) + ceil(cells / 5) + 10 × mutation fields
 * </pre>
 * {@code objects} counts each selection with sub-fields once per item its enclosing lists may hold: a
 * {@code claims}/{@code sources} page holds {@code first} items (20 by default, 100 at most); a comparison's
 * {@code rows} hold its facets and its {@code cells} and {@code sources} its sources, the lengths of
 * {@code facetKeys}/{@code sourceIds} when given, else the {@link CostModel}'s estimates, and at most a page of
 * {@code first} (20 by default, 100 at most) when {@code first}/{@code after} page its columns; other lists hold the model's
 * sizes ({@code claims} of a cell: {@code claimsPerCell}). {@code cells} is facets × sources per comparison field (the engine's work, selected or not). Estimates
 * err high: a query is never cheaper than what it can return.
 */
public final class QueryCost {

    static final int OBJECTS_PER_POINT = 100;
    static final int CELLS_PER_POINT = 5;
    static final int MUTATION_FIELD_POINTS = 10;
    /** Far above any budget; keeps products of nested list sizes from overflowing. */
    private static final long CAP = 1L << 40;

    private QueryCost() {
    }

    /** The value of a variable the request sends, where the cost depends on it. */
    public interface Variables {

        Variables NONE = new Variables() {
            @Override
            public OptionalInt integer(String name) {
                return OptionalInt.empty();
            }

            @Override
            public OptionalInt listSize(String name) {
                return OptionalInt.empty();
            }
        };

        /** The variable as an integer, empty when absent, null or not a number. */
        OptionalInt integer(String name);

        /** How many items the variable holds (1 for a single value coerced to a list), empty when absent or null. */
        OptionalInt listSize(String name);
    }

    /** The points {@code operation} of {@code document} costs with {@code variables}. */
    public static int of(Document document, OperationDefinition operation, Variables variables, CostModel model) {
        Objects.requireNonNull(operation, "operation");
        Map<String, FragmentDefinition> fragments = new HashMap<>();
        for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
            fragments.put(fragment.getName(), fragment);
        }
        Walk walk = new Walk(fragments, variables, model);
        walk.selections(operation.getSelectionSet(), Scope.root(operation.getOperation()), new HashSet<>());
        long points = 1 + ceilDiv(walk.objects, OBJECTS_PER_POINT) + ceilDiv(walk.cells, CELLS_PER_POINT)
                + MUTATION_FIELD_POINTS * walk.mutationFields;
        return (int) Math.min(Integer.MAX_VALUE, points);
    }

    private static long ceilDiv(long value, long divisor) {
        return (value + divisor - 1) / divisor;
    }

    private static long times(long a, long b) {
        return Math.min(CAP, a * b);
    }

    /** Where a selection set stands: how many times it repeats, and what the enclosing fields say about sizes. */
    private record Scope(boolean root, OperationDefinition.Operation operation, String field, long multiplier, int page,
            int facets, int sources) {

        static Scope root(OperationDefinition.Operation operation) {
            return new Scope(true, operation, "", 1, 0, 0, 0);
        }
    }

    /** A recursive walk with fragments expanded in place; the guard has already bounded its size and depth. */
    private static final class Walk {

        private final Map<String, FragmentDefinition> fragments;
        private final Variables variables;
        private final CostModel model;
        long objects;
        long cells;
        int mutationFields;

        Walk(Map<String, FragmentDefinition> fragments, Variables variables, CostModel model) {
            this.fragments = fragments;
            this.variables = variables;
            this.model = model;
        }

        void selections(SelectionSet set, Scope scope, Set<String> expanding) {
            if (set == null) {
                return;
            }
            for (Selection<?> selection : set.getSelections()) {
                if (selection instanceof Field field) {
                    field(field, scope, expanding);
                } else if (selection instanceof InlineFragment inline) {
                    selections(inline.getSelectionSet(), scope, expanding);
                } else if (selection instanceof FragmentSpread spread) {
                    FragmentDefinition fragment = fragments.get(spread.getName());
                    // A cycle is a validation error; it costs nothing more here.
                    if (fragment != null && expanding.add(fragment.getName())) {
                        selections(fragment.getSelectionSet(), scope, expanding);
                        expanding.remove(fragment.getName());
                    }
                }
            }
        }

        private void field(Field field, Scope scope, Set<String> expanding) {
            if (scope.root && scope.operation == OperationDefinition.Operation.MUTATION) {
                mutationFields++;
            }
            if (field.getSelectionSet() == null || field.getSelectionSet().getSelections().isEmpty()) {
                return;
            }
            String name = field.getName();
            Scope inner;
            if (scope.root && scope.operation == OperationDefinition.Operation.QUERY
                    && (name.equals("claims") || name.equals("sources"))) {
                inner = new Scope(false, scope.operation, name, scope.multiplier, page(field), scope.facets, scope.sources);
            } else if (name.equals("comparison")) {
                int facets = listArgument(field, "facetKeys").orElse(model.facetsPerAgreement());
                int sources = columns(field, listArgument(field, "sourceIds"));
                cells = Math.min(CAP, cells + times(scope.multiplier, (long) facets * sources));
                inner = new Scope(false, scope.operation, name, scope.multiplier, 0, facets, sources);
            } else {
                long items = times(scope.multiplier, fanOut(name, scope));
                inner = new Scope(false, scope.operation, name, items, 0, scope.facets, scope.sources);
            }
            objects = Math.min(CAP, objects + inner.multiplier);
            selections(field.getSelectionSet(), inner, expanding);
        }

        /** How many items a field returns per parent item. */
        private int fanOut(String name, Scope scope) {
            return switch (name) {
                case "edges", "nodes" -> scope.page > 0 ? scope.page : model.listSize();
                case "rows", "facets" -> scope.facets > 0 ? scope.facets : model.facetsPerAgreement();
                case "cells", "sources" -> scope.sources > 0 ? scope.sources : model.sourcesPerAgreement();
                case "agreements" -> model.agreements();
                case "claims" -> scope.field.equals("cells") ? model.claimsPerCell() : model.listSize();
                case "clauses", "history" -> model.listSize();
                default -> 1;
            };
        }

        /**
         * A comparison's columns: the {@code sourceIds} or the model's estimate, at most a page of them when
         * {@code first}/{@code after} page them (an {@code after} variable may be null: then the larger of both).
         */
        private int columns(Field field, OptionalInt sourceIds) {
            int all = sourceIds.orElse(model.sourcesPerAgreement());
            Value<?> first = argument(field, "first");
            Value<?> after = argument(field, "after");
            boolean firstGiven = first instanceof IntValue
                    || first instanceof VariableReference v && variables.integer(v.getName()).isPresent();
            if (firstGiven || after instanceof StringValue) {
                return Math.min(all, page(field));
            }
            if (after instanceof VariableReference) {
                return Math.max(all, Math.min(sourceIds.orElse(Integer.MAX_VALUE), page(field)));
            }
            return all;
        }

        /** {@code first} as the resolver will take it: the default when absent, clamped to the page limits. */
        private int page(Field field) {
            Value<?> value = argument(field, "first");
            OptionalInt first = OptionalInt.empty();
            if (value instanceof IntValue literal) {
                first = literal.getValue().bitLength() < 32 ? OptionalInt.of(literal.getValue().intValue())
                        : OptionalInt.of(CostModel.MAX_PAGE);
            } else if (value instanceof VariableReference variable) {
                first = variables.integer(variable.getName());
            }
            return Math.max(1, Math.min(CostModel.MAX_PAGE, first.orElse(CostModel.DEFAULT_PAGE)));
        }

        private OptionalInt listArgument(Field field, String name) {
            Value<?> value = argument(field, name);
            if (value == null || value instanceof NullValue) {
                return OptionalInt.empty();
            }
            OptionalInt size;
            if (value instanceof ArrayValue array) {
                size = OptionalInt.of(array.getValues().size());
            } else if (value instanceof VariableReference variable) {
                size = variables.listSize(variable.getName());
            } else {
                size = OptionalInt.of(1);
            }
            // An empty list is refused or means "all": either way the estimate is the safe side.
            return size.isPresent() && size.getAsInt() > 0 ? size : OptionalInt.empty();
        }

        private static Value<?> argument(Field field, String name) {
            List<Argument> arguments = field.getArguments();
            for (Argument argument : arguments) {
                if (argument.getName().equals(name)) {
                    return argument.getValue();
                }
            }
            return null;
        }
    }
}
