package dev.parallax.seed;

import dev.parallax.agreement.Facet;
import dev.parallax.claim.ClaimRules;
import dev.parallax.value.NameEntry;
import dev.parallax.extract.Extractor;
import dev.parallax.extract.FacetHints;
import dev.parallax.value.Value;
import dev.parallax.value.ValueCodec;
import dev.parallax.value.ValueKind;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks a seed corpus before anything is written; every quote must stand verbatim at its offsets. */
public final class SeedValidator {

    private SeedValidator() {
    }

    public static void validate(SeedCorpus corpus) {
        SeedCorpus.AgreementSeed a = corpus.agreement();
        String where = "seed agreement " + a.slug();
        require(a.slug() != null && !a.slug().isBlank(), "a seed agreement has no slug");
        require(a.title() != null && !a.title().isBlank(), where + ": no title");
        require(a.clauses() != null && a.facets() != null, where + ": clauses and facets are required");
        require(a.slug().matches("[a-z0-9][a-z0-9-]{0,79}"), where + ": slug must be lower-case letters, digits and hyphens");
        date(a.signedOn(), where + ": signedOn");
        if (a.timeZone() != null) {
            try {
                java.time.ZoneId.of(a.timeZone());
            } catch (java.time.DateTimeException e) {
                throw new SeedException(where + ": unknown timeZone " + a.timeZone());
            }
        }
        Set<String> clauses = new HashSet<>();
        for (SeedCorpus.ClauseSeed c : a.clauses()) {
            require(c.number() != null && c.title() != null && c.text() != null, where + ": a clause needs number, title and text");
            require(clauses.add(c.number()), where + ": clause " + c.number() + " appears twice");
        }
        Map<String, ValueKind> facetKinds = new HashMap<>();
        for (SeedCorpus.FacetSeed f : a.facets()) {
            String facet = where + ", facet " + f.key();
            require(f.key() != null && f.key().matches(Facet.KEY_SHAPE), facet + ": key must be lower-case letters, digits and hyphens");
            require(f.label() != null && !f.label().isBlank(), facet + ": no label");
            require(facetKinds.put(f.key(), kind(f.kind(), facet)) == null, facet + ": key appears twice");
            require(f.clause() == null || clauses.contains(f.clause()), facet + ": unknown clause " + f.clause());
            checkHints(f, facetKinds.get(f.key()), facet);
            if (f.expected() != null) {
                require(f.clause() != null, facet + ": a context fact cannot have an expected value");
                checkKind(value(f.expected(), facet), facetKinds.get(f.key()), facet + ": expected value");
            }
        }
        for (SeedCorpus.FacetSeed f : a.facets()) {
            for (String part : f.sumOf()) {
                require(facetKinds.containsKey(part), where + ", facet " + f.key() + ": sumOf names unknown facet " + part);
            }
        }
        for (SeedCorpus.SourceSeed s : a.sources()) {
            require(corpus.texts().containsKey(s.file()), where + ": no article text for " + s.file());
            date(s.publishedOn(), where + ", source " + s.file() + ": publishedOn");
        }
        for (SeedCorpus.ClaimSeed c : corpus.claims()) {
            checkClaim(c, corpus.texts(), facetKinds, where);
        }
    }

    private static void checkClaim(SeedCorpus.ClaimSeed c, Map<String, String> texts,
            Map<String, ValueKind> facetKinds, String where) {
        String text = texts.get(c.source());
        require(text != null, where + ": claim names unknown source " + c.source());
        String claim = where + ", source " + c.source() + ", quote \"" + (c.quote() == null ? null : c.quote().exact()) + "\"";
        require(c.quote() != null && c.quote().exact() != null && !c.quote().exact().isEmpty(), claim + ": no quote");
        ValueKind facetKind = facetKinds.get(c.facet());
        require(facetKind != null, claim + ": unknown facet " + c.facet());
        int start = c.quote().start();
        int end = c.quote().end();
        boolean inRange = ClaimRules.spanInside(text, start, end);
        require(inRange && text.substring(start, end).equals(c.quote().exact()),
                claim + ": not found verbatim at offsets " + start + ".." + end
                        + (inRange ? " (the text there reads \"" + text.substring(start, end) + "\")" : " (out of range)"));
        checkKind(value(c.value(), claim), facetKind, claim + ": value");
    }

    private static void checkHints(SeedCorpus.FacetSeed f, ValueKind kind, String where) {
        List<NameEntry> names = f.nameEntries();
        try {
            Extractor.checkHints(new FacetHints(f.key(), kind, names, f.extract()));
        } catch (IllegalArgumentException e) {
            throw new SeedException(where + ": " + e.getMessage(), e);
        }
    }

    private static void checkKind(Value value, ValueKind facetKind, String where) {
        require(ClaimRules.fits(value, facetKind),
                where + " is a " + value.kind() + ", the facet takes " + facetKind);
    }

    private static Value value(Map<String, Object> map, String where) {
        require(map != null, where + ": no value");
        try {
            return ValueCodec.fromMap(map);
        } catch (IllegalArgumentException e) {
            throw new SeedException(where + ": bad value: " + e.getMessage(), e);
        }
    }

    private static ValueKind kind(String kind, String where) {
        try {
            return ValueKind.valueOf(kind);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new SeedException(where + ": unknown kind " + kind);
        }
    }

    private static void date(String date, String where) {
        if (date == null) {
            return;
        }
        try {
            LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new SeedException(where + " is not an ISO date: " + date);
        }
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new SeedException(message);
        }
    }
}
