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
import graphql.parser.Parser;
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
 * cells (the engine's work per cell, measured, outweighs building twenty objects); a mutation field costs ten more (writes, extraction),
 * and so does an {@code extractClaims} field (the same extraction as {@code addSource}'s, nothing written):
 * <pre>
 *   points = 1 + ceil(objects / 100) + ceil(cells / 5) + 10 × mutation fields + 10 × extractClaims fields
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
    static final int EXTRACTION_FIELD_POINTS = 10;
    /** At most this many near-misses in one {@code extractClaims} answer (ExtractionPreviewService.MAX_NEAR_MISSES). */
    static final int NEAR_MISSES = 100;
    /** Far above any budget; keeps products of nested list sizes from overflowing. */
    private static final long CAP = 1L << 40;
    /**
     * What an export of a comparison holds, as the comparison fields that would fetch it: an export
     * ({@code comparisonExport}, or a download under /exports) costs what this comparison costs.
     */
    static final String EXPORT_CONTENT = "{ comparison { agreement { id title }"
            + " sources { id title outlet url publishedOn language }"
            + " rows { facet { key label kind clause { number } } expected { display } consensus consensusExplanation"
            + " cells { source { id } verdict explanation derived suggested"
            + " claims { id status attributedTo value { display } quote { exact start end prefix suffix } } } } } }";
    private static final Field EXPORTED_COMPARISON = (Field) Parser.parse(EXPORT_CONTENT)
            .getDefinitionsOfType(OperationDefinition.class).get(0).getSelectionSet().getSelections().get(0);

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
        return points(walk);
    }

    /**
     * The points of an export of one comparison ({@link #EXPORT_CONTENT}) over {@code facets} facets and
     * {@code sources} sources, each the model's estimate when empty: what {@code comparisonExport} costs in a query.
     */
    public static int export(OptionalInt facets, OptionalInt sources, CostModel model) {
        Walk walk = new Walk(Map.of(), Variables.NONE, model);
        walk.comparison(EXPORTED_COMPARISON, Scope.root(OperationDefinition.Operation.QUERY),
                facets.orElse(model.facetsPerAgreement()), sources.orElse(model.sourcesPerAgreement()), new HashSet<>());
        return points(walk);
    }

    private static int points(Walk walk) {
        long points = 1 + ceilDiv(walk.objects, OBJECTS_PER_POINT) + ceilDiv(walk.cells, CELLS_PER_POINT)
                + MUTATION_FIELD_POINTS * walk.mutationFields + EXTRACTION_FIELD_POINTS * walk.extractions;
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
        long extractions;

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
            String name = field.getName();
            if (scope.root && name.equals("extractClaims")) {
                extractions = Math.min(CAP, extractions + 1);
            }
            if (field.getSelectionSet() == null || field.getSelectionSet().getSelections().isEmpty()) {
                return;
            }
            if (name.equals("comparisonExport")) {
                // Its content is a whole comparison, whatever the few fields of the file it is selected with.
                comparison(EXPORTED_COMPARISON, scope, listArgument(field, "facetKeys").orElse(model.facetsPerAgreement()),
                        listArgument(field, "sourceIds").orElse(model.sourcesPerAgreement()), expanding);
                return;
            }
            Scope inner;
            if (scope.root && scope.operation == OperationDefinition.Operation.QUERY
                    && (name.equals("claims") || name.equals("sources"))) {
                inner = new Scope(false, scope.operation, name, scope.multiplier, page(field), scope.facets, scope.sources);
            } else if (name.equals("comparison")) {
                comparison(field, scope, listArgument(field, "facetKeys").orElse(model.facetsPerAgreement()),
                        columns(field, listArgument(field, "sourceIds")), expanding);
                return;
            } else {
                long items = times(scope.multiplier, fanOut(name, scope));
                inner = new Scope(false, scope.operation, name, items, 0, scope.facets, scope.sources);
            }
            objects = Math.min(CAP, objects + inner.multiplier);
            selections(field.getSelectionSet(), inner, expanding);
        }

        /** A comparison over {@code facets} × {@code sources} cells: the engine's work, and the objects selected. */
        void comparison(Field field, Scope scope, int facets, int sources, Set<String> expanding) {
            cells = Math.min(CAP, cells + times(scope.multiplier, (long) facets * sources));
            Scope inner = new Scope(false, scope.operation, "comparison", scope.multiplier, 0, facets, sources);
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
                case "suggestions" -> model.facetsPerAgreement();
                case "nearMisses" -> NEAR_MISSES;
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
