package dev.parallax.seed;

import dev.parallax.agreement.Facet;
import dev.parallax.claim.ClaimRules;
import dev.parallax.value.NameEntry;
import dev.parallax.extract.Extractor;
import dev.parallax.extract.FacetHints;
import dev.parallax.value.NameValue;
import dev.parallax.value.Value;
import dev.parallax.value.ValueCodec;
import dev.parallax.value.ValueKind;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks a seed corpus before anything is written; every quote must stand verbatim at its offsets. Each refusal
 * names {@code file:line:column}, the field path ({@code facets[3].expected}) and the problem.
 */
public final class SeedValidator {

    private final SeedCorpus corpus;
    private final SeedLocations at;

    private SeedValidator(SeedCorpus corpus) {
        this.corpus = corpus;
        this.at = corpus.locations();
    }

    public static void validate(SeedCorpus corpus) {
        new SeedValidator(corpus).check();
    }

    private void check() {
        SeedCorpus.AgreementSeed a = corpus.agreement();
        require(a.slug() != null && !a.slug().isBlank(), at.agreement("slug"), "no slug");
        require(a.slug().matches("[a-z0-9][a-z0-9-]{0,79}"), at.agreement("slug"),
                "must be lower-case letters, digits and hyphens");
        require(a.title() != null && !a.title().isBlank(), at.agreement("title"), "no title");
        require(a.clauses() != null, at.agreement("clauses"), "clauses are required");
        require(a.facets() != null && !a.facets().isEmpty(), at.agreement("facets"),
                "an agreement needs at least one facet");
        date(a.signedOn(), at.agreement("signedOn"));
        if (a.timeZone() != null) {
            try {
                java.time.ZoneId.of(a.timeZone());
            } catch (java.time.DateTimeException e) {
                throw new SeedException(at.agreement("timeZone") + ": unknown time zone " + a.timeZone());
            }
        }
        Set<String> clauses = new HashSet<>();
        for (int i = 0; i < a.clauses().size(); i++) {
            SeedCorpus.ClauseSeed c = a.clauses().get(i);
            String path = "clauses[" + i + "]";
            require(c.number() != null && c.title() != null && c.text() != null, at.agreement(path),
                    "a clause needs number, title and text");
            require(clauses.add(c.number()), at.agreement(path + ".number"), "clause " + c.number() + " appears twice");
        }
        Map<String, ValueKind> facetKinds = new HashMap<>();
        for (int i = 0; i < a.facets().size(); i++) {
            checkFacet(a.facets().get(i), "facets[" + i + "]", clauses, facetKinds);
        }
        for (int i = 0; i < a.facets().size(); i++) {
            List<String> parts = a.facets().get(i).sumOf();
            for (int j = 0; j < parts.size(); j++) {
                require(facetKinds.containsKey(parts.get(j)), at.agreement("facets[" + i + "].sumOf[" + j + "]"),
                        "names unknown facet " + parts.get(j));
            }
        }
        for (int i = 0; i < a.sources().size(); i++) {
            SeedCorpus.SourceSeed s = a.sources().get(i);
            require(corpus.texts().containsKey(s.file()), at.agreement("sources[" + i + "].file"),
                    "no article text for " + s.file());
            date(s.publishedOn(), at.agreement("sources[" + i + "].publishedOn"));
        }
        for (int i = 0; i < corpus.claims().size(); i++) {
            checkClaim(corpus.claims().get(i), "claims[" + i + "]", facetKinds);
        }
    }

    private void checkFacet(SeedCorpus.FacetSeed f, String path, Set<String> clauses, Map<String, ValueKind> facetKinds) {
        String facet = "facet " + f.key();
        require(f.key() != null && f.key().matches(Facet.KEY_SHAPE), at.agreement(path + ".key"),
                "key must be lower-case letters, digits and hyphens");
        require(f.label() != null && !f.label().isBlank(), at.agreement(path + ".label"), facet + " has no label");
        ValueKind kind = kind(f.kind(), at.agreement(path + ".kind"));
        require(facetKinds.put(f.key(), kind) == null, at.agreement(path + ".key"), "key " + f.key() + " appears twice");
        require(f.clause() == null || clauses.contains(f.clause()), at.agreement(path + ".clause"),
                "unknown clause " + f.clause());
        checkHints(f, kind, path);
        if (f.expected() != null) {
            String expectedAt = at.agreement(path + ".expected");
            require(f.clause() != null, expectedAt, "a context fact (no clause) cannot have an expected value");
            Value expected = value(f.expected(), expectedAt);
            checkKind(expected, kind, expectedAt);
            if (expected instanceof NameValue name) {
                require(isAmong(name.name(), f.nameEntries()), expectedAt, "expected name \"" + name.name()
                        + "\" is not among the facet's own names and aliases " + f.nameEntries().stream()
                        .map(NameEntry::canonical).toList());
            }
        } else {
            require(f.clause() == null || !f.sumOf().isEmpty(), at.agreement(path),
                    facet + " is a point of clause " + f.clause() + " with neither an expected value nor sumOf");
        }
    }

    private static boolean isAmong(String name, List<NameEntry> names) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (NameEntry entry : names) {
            if (entry.canonical().strip().toLowerCase(Locale.ROOT).equals(wanted)) {
                return true;
            }
            for (String alias : entry.aliases()) {
                if (alias.strip().toLowerCase(Locale.ROOT).equals(wanted)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void checkClaim(SeedCorpus.ClaimSeed c, String path, Map<String, ValueKind> facetKinds) {
        String text = corpus.texts().get(c.source());
        require(text != null, at.claims(path + ".source"), "claim names unknown source " + c.source());
        String claim = "source " + c.source() + ", quote \"" + (c.quote() == null ? null : c.quote().exact()) + "\"";
        require(c.quote() != null && c.quote().exact() != null && !c.quote().exact().isEmpty(),
                at.claims(path + ".quote"), claim + ": no quote");
        ValueKind facetKind = facetKinds.get(c.facet());
        require(facetKind != null, at.claims(path + ".facet"), claim + ": unknown facet " + c.facet());
        int start = c.quote().start();
        int end = c.quote().end();
        boolean inRange = ClaimRules.spanInside(text, start, end);
        require(inRange && text.substring(start, end).equals(c.quote().exact()), at.claims(path + ".quote"),
                claim + ": not found verbatim at offsets " + start + ".." + end
                        + (inRange ? " (the text there reads \"" + text.substring(start, end) + "\")" : " (out of range)"));
        String valueAt = at.claims(path + ".value");
        checkKind(value(c.value(), valueAt), facetKind, valueAt);
    }

    private void checkHints(SeedCorpus.FacetSeed f, ValueKind kind, String path) {
        try {
            Extractor.checkHints(new FacetHints(f.key(), kind, f.nameEntries(), f.extract()));
        } catch (IllegalArgumentException e) {
            String message = e.getMessage() == null ? "bad hint" : e.getMessage();
            int colon = message.indexOf(": ");
            // the extractor's messages start with the hint's own path, extract.<key>
            String hintPath = message.startsWith("extract.") && colon > 0 ? message.substring(0, colon) : "extract";
            String problem = message.startsWith("extract.") && colon > 0 ? message.substring(colon + 2) : message;
            throw new SeedException(at.agreement(path + "." + hintPath) + ": " + problem, e);
        }
    }

    private static void checkKind(Value value, ValueKind facetKind, String where) {
        require(ClaimRules.fits(value, facetKind), where, "is a " + value.kind() + ", the facet takes " + facetKind);
    }

    private static Value value(Map<String, Object> map, String where) {
        require(map != null, where, "no value");
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
            throw new SeedException(where + ": unknown kind " + kind + "; expected one of "
                    + java.util.Arrays.toString(ValueKind.values()));
        }
    }

    private static void date(String date, String where) {
        if (date == null) {
            return;
        }
        try {
            LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new SeedException(where + ": not an ISO date (YYYY-MM-DD): " + date);
        }
    }

    private static void require(boolean ok, String where, String problem) {
        if (!ok) {
            throw new SeedException(where + ": " + problem);
        }
    }
}
