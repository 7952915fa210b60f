package dev.parallax.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Suggests claims for an article: finds values (numbers, lengths, durations, clock times, dates, names, assertion
 * phrases), assigns them to facets by each facet's kind, names and {@code extract:} hints or, for a facet without
 * hints, by the agreement's own words about it ({@link Aligner}), and attributes them to the speaker named next to a
 * reporting verb. Pure and deterministic: no I/O, no framework types.
 *
 * <p>Rules, in order: a value is a candidate for every facet of its kind; a facet's {@code follow}/{@code precede}
 * patterns must touch it, one of its {@code cues} must stand in the scope (the sentence, widened by
 * {@code lookBehind}/{@code lookAhead} sentences, and within {@code within} characters when given), no
 * {@code exclude} pattern may; {@code min}/{@code max}/{@code units} bound quantities. A facet keeps at most one
 * suggestion per sentence (the first), and a number, time or date goes to the one facet that wants it most. A number,
 * time or date no facet with hints takes goes to the facets without hints whose words its sentence speaks to.
 */
public final class Extractor {

    private Extractor() {
    }

    /** Suggested claims in text order (ties in facet order). */
    public static List<SuggestedClaim> extract(ExtractionInput in) {
        return run(in, NearMisses.NONE);
    }

    /**
     * The same suggestions as {@link #extract}, with up to {@code maxNearMisses} of the values it considered and
     * turned down (a quantity outside a facet's bounds, a hint not met, a value another facet or an earlier value
     * took), each with its reason. Values no hint tells apart (a number for a facet without hints) are not counted.
     */
    public static Extraction extractWithNearMisses(ExtractionInput in, int maxNearMisses) {
        NearMisses misses = new NearMisses(maxNearMisses);
        List<SuggestedClaim> suggestions = run(in, misses);
        return new Extraction(suggestions, misses.inTextOrder(), misses.seen());
    }

    /** As {@link #extract}, aligning facets without hints by the given settings (for side-by-side evaluation). */
    static List<SuggestedClaim> extract(ExtractionInput in, AlignmentSettings settings) {
        return run(in, NearMisses.NONE, settings);
    }

    private static List<SuggestedClaim> run(ExtractionInput in, NearMisses misses) {
        return run(in, misses, AlignmentSettings.BEST);
    }

    private static List<SuggestedClaim> run(ExtractionInput in, NearMisses misses, AlignmentSettings settings) {
        Article article = Article.read(in);
        List<Candidate> candidates = new ArrayList<>();
        List<CompiledFacet> compiled = new ArrayList<>();
        for (int i = 0; i < in.facets().size(); i++) {
            CompiledFacet facet = CompiledFacet.compile(i, in.facets().get(i));
            compiled.add(facet);
            candidates.addAll(candidates(article, facet, misses));
        }
        Aligner aligner = new Aligner(article, in.facets(), compiled, settings, misses);
        List<Candidate> all = new ArrayList<>(aligner.sharedNames(candidates));
        all.addAll(aligner.candidates());
        return Assignment.claims(article, all, misses);
    }

    /**
     * Compiles a facet's hints; a bad key or pattern, a pattern that matches empty text, or a unit the facet's kind
     * does not have raises IllegalArgumentException naming facet and key (the message starts with {@code extract.<key>}).
     */
    public static void checkHints(FacetHints facet) {
        HintRules.check(facet, CompiledFacet.compile(0, facet).spec());
    }

    private static List<Candidate> candidates(Article article, CompiledFacet facet, NearMisses misses) {
        if (!facet.spec().enabled()) {
            return List.of();
        }
        HintCheck check = new HintCheck(article, facet, misses);
        List<Candidate> out = new ArrayList<>();
        for (Finding f : FacetFindings.of(article, facet, misses)) {
            Candidate c = check.check(f);
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }
}
