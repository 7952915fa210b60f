package dev.parallax.http;

import dev.parallax.guard.DocumentGuard;
import dev.parallax.guard.OperationSelection;
import dev.parallax.guard.ParseOutcome;
import dev.parallax.guard.RequestLimits;
import graphql.introspection.Introspection;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import java.util.Map;
import java.util.Optional;

/**
 * Everything about a GraphQL request that can be judged before execution (text, syntax, operation choice,
 * document limits), the same for HTTP and for a WebSocket subscription.
 */
final class RequestChecks {

    private RequestChecks() {
    }

    /** The operation the request would run in its parsed document, or the coded refusal. */
    record Outcome(Document document, OperationDefinition definition, String code, String message) {

        static Outcome refused(String code, String message) {
            return new Outcome(null, null, code, message);
        }

        boolean refused() {
            return code != null;
        }

        OperationDefinition.Operation operation() {
            return definition == null ? null : definition.getOperation();
        }
    }

    /** The execution metadata with introspection turned off when the endpoint says so, for HTTP and WebSocket alike. */
    static Map<String, Object> withIntrospectionSwitch(Map<String, Object> metaData, boolean introspection) {
        if (!introspection) {
            metaData.put(Introspection.INTROSPECTION_DISABLED, true);
        }
        return metaData;
    }

    static Outcome check(GraphQlRequest request, RequestLimits limits) {
        Outcome known = CheckedDocuments.passed(request.query(), request.operationName(), limits);
        if (known == null) {
            Outcome outcome = checkAll(request, limits);
            CheckedDocuments.remember(request.query(), request.operationName(), limits, outcome);
            return outcome;
        }
        // The document passed before: only the variables are new, checked in the order checkAll checks them.
        Optional<String> badText = TextSafety.problem(request.variables());
        if (badText.isPresent()) {
            return Outcome.refused("BAD_USER_INPUT", badText.get());
        }
        Optional<String> badInt = IntRange.problem(request.variables());
        if (badInt.isPresent()) {
            return Outcome.refused("GRAPHQL_VALIDATION_FAILED", badInt.get());
        }
        return known;
    }

    private static Outcome checkAll(GraphQlRequest request, RequestLimits limits) {
        Optional<String> badText = TextSafety.problem(request.query())
                .or(() -> TextSafety.problem(request.variables()))
                .or(() -> request.operationName() == null ? Optional.empty() : TextSafety.problem(request.operationName()));
        if (badText.isPresent()) {
            return Outcome.refused("BAD_USER_INPUT", badText.get());
        }
        ParseOutcome parsed = DocumentGuard.parse(request.query(), limits);
        if (parsed.violation() != null) {
            return Outcome.refused(parsed.violation().code(), parsed.violation().message());
        }
        if (parsed.syntaxError() != null) {
            return Outcome.refused("GRAPHQL_PARSE_FAILED", parsed.syntaxError());
        }
        badText = TextSafety.problem(parsed.document());
        if (badText.isPresent()) {
            return Outcome.refused("BAD_USER_INPUT", badText.get());
        }
        Optional<String> badInt = IntRange.problem(parsed.document()).or(() -> IntRange.problem(request.variables()));
        if (badInt.isPresent()) {
            return Outcome.refused("GRAPHQL_VALIDATION_FAILED", badInt.get());
        }
        var operation = OperationSelection.select(parsed.document(), request.operationName());
        if (operation.isEmpty()) {
            return Outcome.refused("OPERATION_RESOLUTION_FAILURE",
                    OperationSelection.whyNoneSelected(parsed.document(), request.operationName()));
        }
        var violation = DocumentGuard.check(parsed.document(), request.operationName(), limits);
        if (violation.isPresent()) {
            return Outcome.refused(violation.get().code(), violation.get().message());
        }
        return new Outcome(parsed.document(), operation.get(), null, null);
    }
}
