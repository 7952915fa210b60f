package dev.parallax.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.SelectionSet;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DocumentGuardTest {

    static final RequestLimits DEFAULTS = RequestLimits.DEFAULTS;
    static final RequestLimits MANY_TOKENS = new RequestLimits(15, 500, 50, 25, 1_000_000);
    static final Duration QUICKLY = Duration.ofSeconds(2);

    /** graphql-js 16.15 getIntrospectionQuery() with default options, as GraphiQL sends it (typeDepth 9). */
    static final String INTROSPECTION = """
            query IntrospectionQuery {
              __schema {
                queryType { name kind }
                mutationType { name kind }
                subscriptionType { name kind }
                types {
                  ...FullType
                }
                directives {
                  name
                  description
                  locations
                  args {
                    ...InputValue
                  }
                }
              }
            }

            fragment FullType on __Type {
              kind
              name
              description
              fields(includeDeprecated: true) {
                name
                description
                args {
                  ...InputValue
                }
                type {
                  ...TypeRef
                }
                isDeprecated
                deprecationReason
              }
              inputFields {
                ...InputValue
              }
              interfaces {
                ...TypeRef
              }
              enumValues(includeDeprecated: true) {
                name
                description
                isDeprecated
                deprecationReason
              }
              possibleTypes {
                ...TypeRef
              }
            }

            fragment InputValue on __InputValue {
              name
              description
              type { ...TypeRef }
              defaultValue
            }

            fragment TypeRef on __Type {
              kind
              name
              ofType {
                name
                kind
                ofType {
                  name
                  kind
                  ofType {
                    name
                    kind
                    ofType {
                      name
                      kind
                      ofType {
                        name
                        kind
                        ofType {
                          name
                          kind
                          ofType {
                            name
                            kind
                            ofType {
                              name
                              kind
                              ofType {
                                name
                                kind
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
            """;

    @Test
    void normalQueryPasses() {
        String query = """
                query Thing($id: ID!) @cached {
                  thing(id: $id) { id label: name ... on Named { name } tags @include(if: true) { name } }
                }
                """;
        assertThat(check(query, null, DEFAULTS)).isEmpty();
    }

    @Test
    void introspectionQueryPassesUnderDefaults() {
        assertThat(check(INTROSPECTION, null, DEFAULTS)).isEmpty();
        // fields > args > type > TypeRef's nine ofType levels reach exactly depth 15.
        assertThat(code(INTROSPECTION, limits(14, 500, 50, 25))).isEqualTo(LimitViolation.QUERY_TOO_DEEP);
    }

    @Test
    void depthFifteenPassesAndSixteenFails() {
        assertThat(check(nested(15), null, DEFAULTS)).isEmpty();
        assertThat(check(nested(16), null, DEFAULTS)).get().isEqualTo(
                new LimitViolation(LimitViolation.QUERY_TOO_DEEP, "Query depth exceeds the limit of 15."));
    }

    @Test
    void fragmentsAndInlineFragmentsAddNoDepth() {
        String query = "{ a { ...F ... on T { ... { c } } } } fragment F on T { ... on T { b } }";
        assertThat(check(query, null, limits(2, 500, 50, 25))).isEmpty();
        assertThat(code(query, limits(1, 500, 50, 25))).isEqualTo(LimitViolation.QUERY_TOO_DEEP);
    }

    @Test
    void aThousandAliasesFail() {
        StringBuilder query = new StringBuilder("{");
        for (int i = 0; i < 1000; i++) {
            query.append(" a").append(i).append(": name");
        }
        assertThat(code(query.append(" }").toString(), DEFAULTS)).isEqualTo(LimitViolation.TOO_MANY_ALIASES);
    }

    @Test
    void aThousandDirectivesOnOneFieldFail() {
        String query = "{ name" + " @include(if: true)".repeat(1000) + " }";
        // At 7 tokens each they also exceed 5000 tokens, so parse with a larger token budget to reach check().
        Document document = DocumentGuard.parse(query, MANY_TOKENS).document();
        assertThat(DocumentGuard.check(document, null, DEFAULTS).map(LimitViolation::code))
                .contains(LimitViolation.TOO_MANY_DIRECTIVES);
        assertThat(DocumentGuard.parse(query, DEFAULTS).violation().code()).isEqualTo(LimitViolation.QUERY_TOO_LARGE);
    }

    @Test
    void directivesCountEverywhereAfterExpansion() {
        String query = "query Q($v: Int @d) @d { ...F @d ... @d { x } } fragment F on Query @d { y @d }";
        assertThat(check(query, null, limits(15, 500, 50, 6))).isEmpty();
        assertThat(code(query, limits(15, 500, 50, 5))).isEqualTo(LimitViolation.TOO_MANY_DIRECTIVES);
    }

    @Test
    void aFragmentUsedTwiceCountsTwice() {
        String query = "{ ...F other: c ...F } fragment F on Query { a b: b }";
        assertThat(check(query, null, limits(15, 5, 3, 25))).isEmpty();
        assertThat(code(query, limits(15, 4, 3, 25))).isEqualTo(LimitViolation.QUERY_TOO_COMPLEX);
        assertThat(code(query, limits(15, 5, 2, 25))).isEqualTo(LimitViolation.TOO_MANY_ALIASES);
    }

    @Test
    void depthIsReportedBeforeFieldCount() {
        assertThat(code("{ a { b } }", limits(1, 1, 1, 1))).isEqualTo(LimitViolation.QUERY_TOO_DEEP);
    }

    @Test
    void fragmentBombFailsQuickly() {
        // Ten fragments each spreading the next ten times: 10^9 fields once expanded.
        String bomb = fragmentBomb("a");
        assertThat(DocumentGuard.parse(bomb, DEFAULTS).isParsed()).isTrue();
        assertTimeoutPreemptively(QUICKLY, () -> assertThat(code(bomb, DEFAULTS))
                .isEqualTo(LimitViolation.QUERY_TOO_COMPLEX));
    }

    @Test
    void fragmentBombWithoutFieldsFailsQuickly() {
        // Leaves spread an unknown fragment: no field is ever counted, yet 10^9 spreads would be expanded.
        String bomb = fragmentBomb("...Missing");
        assertTimeoutPreemptively(QUICKLY, () -> assertThat(code(bomb, DEFAULTS))
                .isEqualTo(LimitViolation.QUERY_TOO_COMPLEX));
    }

    @Test
    void fragmentCyclesEndWithoutViolation() {
        assertTimeoutPreemptively(QUICKLY, () -> {
            assertThat(check("{ ...A } fragment A on Query { a ...A }", null, DEFAULTS)).isEmpty();
            assertThat(check("{ ...A } fragment A on Query { a ...B } fragment B on Query { b ...A }", null, DEFAULTS))
                    .isEmpty();
            assertThat(check("{ ...A ...Unknown } fragment A on Query { a ...A ...A ...A ...A }", null, DEFAULTS))
                    .isEmpty();
        });
    }

    @Test
    void sixThousandTokensAreTooLarge() {
        ParseOutcome outcome = DocumentGuard.parse("{" + " a".repeat(6000) + " }", DEFAULTS);
        assertThat(outcome.document()).isNull();
        assertThat(outcome.violation()).isEqualTo(
                new LimitViolation(LimitViolation.QUERY_TOO_LARGE, "Query exceeds the limit of 5000 tokens."));
    }

    @Test
    void ignoredCharactersHaveTheirOwnBudget() {
        // Each space, newline or comma is one whitespace token; the budget is ten times maxTokens.
        assertThat(DocumentGuard.parse("{" + " ".repeat(40_000) + "a }", DEFAULTS).isParsed()).isTrue();
        assertThat(DocumentGuard.parse("{" + ",".repeat(60_000) + "a }", DEFAULTS).violation().code())
                .isEqualTo(LimitViolation.QUERY_TOO_LARGE);
    }

    @Test
    void syntaxErrorsAreReportedWithTheirLocation() {
        ParseOutcome outcome = DocumentGuard.parse("{ thing(id: ) { id } }", DEFAULTS);
        assertThat(outcome.document()).isNull();
        assertThat(outcome.violation()).isNull();
        assertThat(outcome.syntaxError()).contains("')'").contains("line 1 column 13");
        assertThat(DocumentGuard.parse("   \n", DEFAULTS).syntaxError()).isEqualTo("The query is empty.");
        assertThat(DocumentGuard.parse(null, DEFAULTS).syntaxError()).isEqualTo("The query is empty.");
        String longToken = DocumentGuard.parse("{ a(b: 1) \"" + "x".repeat(5000) + "\" }", DEFAULTS).syntaxError();
        assertThat(longToken).hasSizeLessThan(200).contains("line 1 column 11");
    }

    @Test
    void onlyTheChosenOperationIsChecked() {
        String query = "query Big " + nested(16) + " query Small { a }";
        Document document = DocumentGuard.parse(query, DEFAULTS).document();
        assertThat(DocumentGuard.check(document, "Small", DEFAULTS)).isEmpty();
        assertThat(DocumentGuard.check(document, "Big", DEFAULTS).map(LimitViolation::code))
                .contains(LimitViolation.QUERY_TOO_DEEP);
        assertThat(DocumentGuard.check(document, "Unknown", DEFAULTS)).isEmpty();
        assertThat(DocumentGuard.check(document, null, DEFAULTS)).isEmpty();
        // graphql-java runs the first operation when the name is empty, so that is the one measured.
        assertThat(DocumentGuard.check(document, "", DEFAULTS).map(LimitViolation::code))
                .contains(LimitViolation.QUERY_TOO_DEEP);
    }

    @Test
    void theOnlyOperationIsCheckedWithoutAName() {
        assertThat(code("query Big " + nested(16), DEFAULTS)).isEqualTo(LimitViolation.QUERY_TOO_DEEP);
    }

    @Test
    void circularIntrospectionFails() {
        String fourCycles = "{ __schema { types { fields { type { fields { type { fields { type { fields { type { name"
                + " } } } } } } } } } } }";
        assertThat(check(fourCycles, null, DEFAULTS)).isEmpty();
        String sevenCycles = "{ __schema { types {" + " fields { type {".repeat(7) + " name" + " } }".repeat(7)
                + " } } }";
        assertThat(code(sevenCycles, DEFAULTS)).isEqualTo(LimitViolation.QUERY_TOO_DEEP);
        assertThat(check(sevenCycles, null, limits(17, 500, 50, 25))).isEmpty();
    }

    @Test
    void tenThousandLevelsAreRefusedByTheParser() {
        // graphql-java cancels past 500 nested grammar rules, i.e. after 165 selection levels, whatever maxTokens is.
        assertThat(DocumentGuard.parse(nested(165), MANY_TOKENS).isParsed()).isTrue();
        assertThat(DocumentGuard.parse(nested(166), MANY_TOKENS).violation().code())
                .isEqualTo(LimitViolation.QUERY_TOO_DEEP);
        ParseOutcome outcome = assertTimeoutPreemptively(QUICKLY,
                () -> DocumentGuard.parse(nested(10_000), MANY_TOKENS));
        assertThat(outcome.violation()).isEqualTo(LimitViolation.tooDeep(15));
        assertThat(code(nested(165), MANY_TOKENS)).isEqualTo(LimitViolation.QUERY_TOO_DEEP);
    }

    @Test
    void tenThousandLevelsBuiltDirectlyFailWithoutStackOverflow() {
        Document document = nestedDocument(10_000);
        assertThat(DocumentGuard.check(document, null, DEFAULTS).map(LimitViolation::code))
                .contains(LimitViolation.QUERY_TOO_DEEP);
        // The walk is iterative: even with no effective depth limit it neither recurses nor overflows.
        RequestLimits lax = new RequestLimits(1_000_000, 1_000_000, 1, 1, 1);
        assertThat(DocumentGuard.check(document, null, lax)).isEmpty();
    }

    @Test
    void limitsMustBePositive() {
        assertThat(DEFAULTS).isEqualTo(new RequestLimits(15, 500, 50, 25, 5000));
        assertThatThrownBy(() -> new RequestLimits(15, 500, 0, 25, 5000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RequestLimits(15, 500, 50, 25, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    static RequestLimits limits(int depth, int fields, int aliases, int directives) {
        return new RequestLimits(depth, fields, aliases, directives, 5000);
    }

    static Optional<LimitViolation> check(String query, String operationName, RequestLimits limits) {
        ParseOutcome outcome = DocumentGuard.parse(query, limits);
        assertThat(outcome.syntaxError()).isNull();
        assertThat(outcome.violation()).isNull();
        return DocumentGuard.check(outcome.document(), operationName, limits);
    }

    static String code(String query, RequestLimits limits) {
        return check(query, null, limits).map(LimitViolation::code).orElse(null);
    }

    /** A selection set whose innermost field is at the given depth. */
    static String nested(int depth) {
        return "{" + " a {".repeat(depth - 1) + " a" + " }".repeat(depth);
    }

    static Document nestedDocument(int depth) {
        Field field = Field.newField("a").build();
        for (int i = 1; i < depth; i++) {
            field = Field.newField("a").selectionSet(SelectionSet.newSelectionSet().selection(field).build()).build();
        }
        OperationDefinition operation = OperationDefinition.newOperationDefinition()
                .operation(OperationDefinition.Operation.QUERY)
                .selectionSet(SelectionSet.newSelectionSet().selection(field).build())
                .build();
        return Document.newDocument().definition(operation).build();
    }

    static String fragmentBomb(String leaf) {
        StringBuilder query = new StringBuilder("query Bomb { ...F1 }\n");
        for (int i = 1; i < 10; i++) {
            query.append("fragment F").append(i).append(" on Query {")
                    .append((" ...F" + (i + 1)).repeat(10)).append(" }\n");
        }
        return query.append("fragment F10 on Query { ").append(leaf).append(" }\n").toString();
    }
}
