package dev.parallax.guard;

import graphql.language.Document;

/** The result of parsing a query: exactly one of a document, a limit violation or a syntax error message. */
public record ParseOutcome(Document document, LimitViolation violation, String syntaxError) {

    public ParseOutcome {
        int set = (document != null ? 1 : 0) + (violation != null ? 1 : 0) + (syntaxError != null ? 1 : 0);
        if (set != 1) {
            throw new IllegalArgumentException("exactly one of document, violation and syntaxError must be set");
        }
    }

    public static ParseOutcome parsed(Document document) {
        return new ParseOutcome(document, null, null);
    }

    public static ParseOutcome rejected(LimitViolation violation) {
        return new ParseOutcome(null, violation, null);
    }

    public static ParseOutcome invalid(String syntaxError) {
        return new ParseOutcome(null, null, syntaxError);
    }

    public boolean isParsed() {
        return document != null;
    }
}
