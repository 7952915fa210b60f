package dev.parallax.testing;

import dev.parallax.agreement.Agreement;
import dev.parallax.agreement.Clause;
import dev.parallax.agreement.Facet;
import dev.parallax.claim.Claim;
import dev.parallax.claim.ClaimStatus;
import dev.parallax.source.Source;
import dev.parallax.value.Value;
import dev.parallax.value.ValueKind;
import java.util.List;
import java.util.Map;

/** Entities built in memory for the fast tier, in one place so a change of their fields touches one file. */
public final class Entities {

    private Entities() {
    }

    public static Agreement agreement(long id, String slug) {
        Agreement agreement = new Agreement();
        agreement.id = id;
        agreement.slug = slug;
        agreement.title = "Agreement " + slug;
        agreement.parties = List.of("A", "B");
        return agreement;
    }

    public static Facet facet(long id, long agreementId, String key, ValueKind kind) {
        Facet facet = new Facet();
        facet.id = id;
        facet.agreementId = agreementId;
        facet.key = key;
        facet.label = key;
        facet.kind = kind;
        facet.sumOf = List.of();
        facet.names = List.of();
        facet.extract = Map.of();
        return facet;
    }

    /** The facet as a point of the clause numbered {@code clauseNumber}, with the value the agreement states. */
    public static Facet inClause(Facet facet, String clauseNumber, Value expected) {
        Clause clause = new Clause();
        clause.id = facet.id * 100;
        clause.agreementId = facet.agreementId;
        clause.number = clauseNumber;
        clause.title = "Clause " + clauseNumber;
        clause.text = "";
        facet.clause = clause;
        facet.expected = expected;
        return facet;
    }

    public static Source source(long id, long agreementId, String text) {
        Source source = new Source();
        source.id = id;
        source.agreementId = agreementId;
        source.title = "Source " + id;
        source.text = text;
        return source;
    }

    public static Claim claim(long id, Source source, Facet facet, ClaimStatus status, Value value, int start, int end) {
        Claim claim = new Claim();
        claim.id = id;
        claim.sourceId = source.id;
        claim.facetId = facet.id;
        claim.status = status;
        claim.origin = status == ClaimStatus.SUGGESTED ? "extractor" : "seed:test";
        claim.value = value;
        claim.quoteStart = start;
        claim.quoteEnd = end;
        claim.quoteExact = source.text.substring(start, end);
        claim.quotePrefix = "";
        claim.quoteSuffix = "";
        return claim;
    }

    public static ClaimStatus status(Claim claim) {
        return claim.status;
    }
}
