package dev.parallax.extract;

import dev.parallax.engine.ClaimInput;
import dev.parallax.engine.FacetSpec;
import dev.parallax.value.NameEntry;
import dev.parallax.seed.SeedCorpus;
import dev.parallax.seed.SeedReader;
import dev.parallax.value.AssertionValue;
import dev.parallax.value.DateValue;
import dev.parallax.value.InstantValue;
import dev.parallax.value.Intervals;
import dev.parallax.value.NameNormaliser;
import dev.parallax.value.NameValue;
import dev.parallax.value.Quantity;
import dev.parallax.value.Value;
import dev.parallax.value.ValueCodec;
import dev.parallax.value.ValueKind;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The seed corpus as extractor and engine inputs, and the rule deciding when a suggestion matches a curated claim. */
final class SeedFixtures {

    /** A curated claim with its decoded value. */
    record Curated(String source, String facet, int start, int end, String exact, Value value, String attributedTo) {
    }

    final SeedCorpus corpus;
    final List<FacetHints> hints = new ArrayList<>();
    final List<FacetSpec> specs = new ArrayList<>();
    final Map<String, FacetSpec> specsByKey = new HashMap<>();
    final List<String> sources = new ArrayList<>();
    final List<Curated> curated = new ArrayList<>();
    final ZoneId zone;
    final LocalDate agreementDate;

    private SeedFixtures(SeedCorpus corpus, java.util.function.Function<SeedCorpus.FacetSeed, Map<String, Object>> hintsOf) {
        this.corpus = corpus;
        ZoneId z = ZoneOffset.UTC;
        for (SeedCorpus.FacetSeed f : corpus.agreement().facets()) {
            List<NameEntry> names = f.names() == null ? List.of()
                    : f.names().stream().map(n -> new NameEntry(n.canonical(), n.aliases())).toList();
            ValueKind kind = ValueKind.valueOf(f.kind());
            hints.add(new FacetHints(f.key(), kind, names, hintsOf.apply(f), words(corpus, f)));
            Value expected = f.expected() == null ? null : ValueCodec.fromMap(f.expected());
            if (expected instanceof InstantValue iv && z == ZoneOffset.UTC) {
                z = iv.at().getOffset();                 // the agreement's own clock
            }
            FacetSpec spec = new FacetSpec(f.key(), f.label(), kind, f.clause(), expected, f.sumOf(), names);
            specs.add(spec);
            specsByKey.put(f.key(), spec);
        }
        String timeZone = corpus.agreement().timeZone();
        this.zone = timeZone != null ? ZoneId.of(timeZone) : z;        // else the offset of the agreement's own times
        this.agreementDate = LocalDate.parse(corpus.agreement().signedOn());
        corpus.agreement().sources().forEach(s -> sources.add(s.file()));
        for (SeedCorpus.ClaimSeed c : corpus.claims()) {
            curated.add(new Curated(c.source(), c.facet(), c.quote().start(), c.quote().end(), c.quote().exact(),
                    ValueCodec.fromMap(c.value()), c.attributedTo()));
        }
    }

    /** The agreement's own words about a facet, as the service passes them (label, description, clause). */
    static FacetWords words(SeedCorpus corpus, SeedCorpus.FacetSeed f) {
        SeedCorpus.ClauseSeed clause = f.clause() == null ? null : corpus.agreement().clauses().stream()
                .filter(c -> c.number().equals(f.clause())).findFirst().orElse(null);
        return clause == null ? new FacetWords(f.label(), f.description(), "", "")
                : new FacetWords(f.label(), f.description(), clause.title(), clause.text());
    }

    static SeedFixtures load() {
        return of(new SeedReader("seeds").readAll().get(0), true);
    }

    /** Any corpus in the seed format; {@code withHints} false drops every facet's {@code extract:} block. */
    static SeedFixtures of(SeedCorpus corpus, boolean withHints) {
        return new SeedFixtures(corpus, f -> withHints ? f.extract() : Map.of());
    }

    /** Any corpus, each facet's hints computed from its seed (e.g. derived from its label and description). */
    static SeedFixtures of(SeedCorpus corpus, java.util.function.Function<SeedCorpus.FacetSeed, Map<String, Object>> hintsOf) {
        return new SeedFixtures(corpus, hintsOf);
    }

    ExtractionInput input(String file) {
        SeedCorpus.SourceSeed source = corpus.agreement().sources().stream().filter(s -> s.file().equals(file))
                .findFirst().orElseThrow();
        LocalDate published = source.publishedOn() == null ? null : LocalDate.parse(source.publishedOn());
        return new ExtractionInput(corpus.texts().get(file), published, agreementDate, zone, hints);
    }

    boolean isClause(String facetKey) {
        FacetSpec f = specsByKey.get(facetKey);
        return f.clauseNumber() != null && (f.expected() != null || f.isDerived());
    }

    List<Curated> curatedFor(String file) {
        return curated.stream().filter(c -> c.source().equals(file)).toList();
    }

    /** Same facet, overlapping spans, agreeing values. */
    boolean matches(SuggestedClaim s, Curated c) {
        return s.facetKey().equals(c.facet()) && s.start() < c.end() && c.start() < s.end()
                && valuesAgree(s.value(), c.value(), specsByKey.get(c.facet()).names());
    }

    static boolean valuesAgree(Value a, Value b, List<NameEntry> names) {
        if (a.kind() != b.kind()) {
            return false;
        }
        if (a instanceof Quantity x && b instanceof Quantity y) {
            return Intervals.stated(x).overlaps(Intervals.stated(y));
        }
        if (a instanceof InstantValue x && b instanceof InstantValue y) {
            Duration gap = Duration.between(x.at().toInstant(), y.at().toInstant()).abs();
            return gap.compareTo(x.tolerance().plus(y.tolerance())) <= 0;
        }
        if (a instanceof DateValue x && b instanceof DateValue y) {
            return x.date().equals(y.date());
        }
        if (a instanceof NameValue x && b instanceof NameValue y) {
            return canonical(x.name(), names).equals(canonical(y.name(), names));
        }
        if (a instanceof AssertionValue x && b instanceof AssertionValue y) {
            return x.holds() == y.holds();
        }
        return true;                                      // TEXT matches TEXT
    }

    private static String canonical(String name, List<NameEntry> names) {
        String key = NameNormaliser.normalise(name);
        for (NameEntry e : names) {
            if (NameNormaliser.normalise(e.canonical()).equals(key)
                    || e.aliases().stream().anyMatch(a -> NameNormaliser.normalise(a).equals(key))) {
                return NameNormaliser.normalise(e.canonical());
            }
        }
        return key;
    }

    /** Engine claims: curated ones, or suggested ones; ids are unique, source ids are 1-based column numbers. */
    List<ClaimInput> curatedClaims() {
        List<ClaimInput> out = new ArrayList<>();
        for (Curated c : curated) {
            out.add(new ClaimInput(out.size() + 1, sources.indexOf(c.source()) + 1, c.facet(), c.value()));
        }
        return out;
    }

    List<ClaimInput> suggestedClaims(Map<String, List<SuggestedClaim>> bySource) {
        List<ClaimInput> out = new ArrayList<>();
        bySource.forEach((file, claims) -> {
            for (SuggestedClaim s : claims) {
                out.add(new ClaimInput(out.size() + 1, sources.indexOf(file) + 1, s.facetKey(), s.value()));
            }
        });
        return out;
    }

    List<Long> sourceIds() {
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= sources.size(); i++) {
            ids.add((long) i);
        }
        return ids;
    }
}
