package dev.parallax.guard;

import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.SelectionSet;
import graphql.language.SourceLocation;
import graphql.language.VariableDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.parser.exceptions.ParseCancelledTooDeepException;
import graphql.parser.exceptions.ParseCancelledTooManyCharsException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Rejects GraphQL documents that are too large to parse or whose operation is too deep, wide or decorated to run. */
public final class DocumentGuard {

    private static final int MAX_SYNTAX_MESSAGE_LENGTH = 200;

    private DocumentGuard() {
    }

    /** Parses a query, cancelling the parse as soon as it has more tokens than the limits allow. */
    public static ParseOutcome parse(String query, RequestLimits limits) {
        Objects.requireNonNull(limits, "limits");
        if (query == null || query.isBlank()) {
            return ParseOutcome.invalid("The query is empty.");
        }
        // graphql-java counts every ignored character (space, newline, comma) as its own whitespace token.
        int maxWhitespace = (int) Math.min(Integer.MAX_VALUE, 10L * limits.maxTokens());
        ParserOptions options = ParserOptions.getDefaultParserOptions().transform(b -> b
                .maxTokens(limits.maxTokens())
                .maxWhitespaceTokens(maxWhitespace)
                .captureSourceLocation(true)
                .captureLineComments(false));
        try {
            return ParseOutcome.parsed(new Parser().parseDocument(
                    ParserEnvironment.newParserEnvironment().document(query).parserOptions(options).build()));
        } catch (ParseCancelledException | ParseCancelledTooManyCharsException e) {
            return ParseOutcome.rejected(LimitViolation.tooLarge(limits.maxTokens()));
        } catch (ParseCancelledTooDeepException e) {
            // The parser stops past 500 nested grammar rules (about 165 selection levels) to protect its stack.
            return ParseOutcome.rejected(LimitViolation.tooDeep(limits.maxDepth()));
        } catch (InvalidSyntaxException e) {
            return ParseOutcome.invalid(concise(e));
        }
    }

    /** The first limit the operation that would run exceeds, or empty when none is or no operation can be chosen. */
    public static Optional<LimitViolation> check(Document document, String operationName, RequestLimits limits) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(limits, "limits");
        Map<String, FragmentDefinition> fragments = new HashMap<>();
        for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
            fragments.put(fragment.getName(), fragment);
        }
        // The operation graphql-java would run, so the guard measures exactly what would execute.
        return OperationSelection.select(document, operationName)
                .map(operation -> new Walk(fragments, limits).run(operation));
    }

    private static String concise(InvalidSyntaxException e) {
        String message = e.getMessage();
        if (message != null && message.length() <= MAX_SYNTAX_MESSAGE_LENGTH) {
            return message;
        }
        SourceLocation at = e.getLocation();
        return at == null ? "Invalid syntax."
                : "Invalid syntax at line " + at.getLine() + " column " + at.getColumn() + ".";
    }

    /** An iterative, early-exit walk over an operation's selections with fragments expanded in place. */
    private static final class Walk {

        private final Map<String, FragmentDefinition> fragments;
        private final RequestLimits limits;
        private final Deque<Frame> stack = new ArrayDeque<>();
        private final Set<String> expanding = new HashSet<>();
        // Spreads of unknown or cyclic fragments count towards no limit, so a bomb built from them alone is cut
        // off here; a document without re-expanded fragments has fewer selections than tokens and never gets close.
        private final long maxVisits;
        private long visits;
        private int fields;
        private int aliases;
        private int directives;

        Walk(Map<String, FragmentDefinition> fragments, RequestLimits limits) {
            this.fragments = fragments;
            this.limits = limits;
            this.maxVisits = (long) limits.maxFields() + limits.maxTokens();
        }

        LimitViolation run(OperationDefinition operation) {
            if (tooManyDirectives(operation.getDirectives())) {
                return LimitViolation.tooManyDirectives(limits.maxDirectives());
            }
            for (VariableDefinition variable : operation.getVariableDefinitions()) {
                if (tooManyDirectives(variable.getDirectives())) {
                    return LimitViolation.tooManyDirectives(limits.maxDirectives());
                }
            }
            push(operation.getSelectionSet(), 0, null);
            while (!stack.isEmpty()) {
                Frame frame = stack.peek();
                if (frame.next == frame.selections.size()) {
                    stack.pop();
                    if (frame.fragment != null) {
                        expanding.remove(frame.fragment);
                    }
                    continue;
                }
                LimitViolation violation = visit(frame.selections.get(frame.next++), frame.depth);
                if (violation != null) {
                    return violation;
                }
            }
            return null;
        }

        private LimitViolation visit(Object selection, int parentDepth) {
            if (++visits > maxVisits) {
                return LimitViolation.tooComplex(limits.maxFields());
            }
            if (selection instanceof Field field) {
                if (parentDepth + 1 > limits.maxDepth()) {
                    return LimitViolation.tooDeep(limits.maxDepth());
                }
                if (++fields > limits.maxFields()) {
                    return LimitViolation.tooComplex(limits.maxFields());
                }
                if (field.getAlias() != null && ++aliases > limits.maxAliases()) {
                    return LimitViolation.tooManyAliases(limits.maxAliases());
                }
                if (tooManyDirectives(field.getDirectives())) {
                    return LimitViolation.tooManyDirectives(limits.maxDirectives());
                }
                push(field.getSelectionSet(), parentDepth + 1, null);
            } else if (selection instanceof InlineFragment inline) {
                if (tooManyDirectives(inline.getDirectives())) {
                    return LimitViolation.tooManyDirectives(limits.maxDirectives());
                }
                push(inline.getSelectionSet(), parentDepth, null);
            } else if (selection instanceof FragmentSpread spread) {
                if (tooManyDirectives(spread.getDirectives())) {
                    return LimitViolation.tooManyDirectives(limits.maxDirectives());
                }
                FragmentDefinition fragment = fragments.get(spread.getName());
                // Re-entering a fragment already open on this path is a cycle: validation reports it, we skip it.
                if (fragment != null && expanding.add(fragment.getName())) {
                    if (tooManyDirectives(fragment.getDirectives())) {
                        return LimitViolation.tooManyDirectives(limits.maxDirectives());
                    }
                    push(fragment.getSelectionSet(), parentDepth, fragment.getName());
                }
            }
            return null;
        }

        private boolean tooManyDirectives(List<Directive> used) {
            directives += used.size();
            return directives > limits.maxDirectives();
        }

        private void push(SelectionSet selectionSet, int depth, String fragment) {
            stack.push(new Frame(selectionSet == null ? List.of() : selectionSet.getSelections(), depth, fragment));
        }
    }

    /** The selections of one selection set still to visit, at the depth of the field that owns them. */
    private static final class Frame {

        final List<?> selections;
        final int depth;
        final String fragment;
        int next;

        Frame(List<?> selections, int depth, String fragment) {
            this.selections = selections;
            this.depth = depth;
            this.fragment = fragment;
        }
    }
}
