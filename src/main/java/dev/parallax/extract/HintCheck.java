package dev.parallax.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks findings against one facet's hints in one article: a {@code follow}/{@code precede} pattern must touch the
 * value (and joins the quote), no {@code exclude} pattern and one of the {@code cues} must stand in the scope (the
 * sentence widened by {@code lookBehind}/{@code lookAhead} sentences, within {@code within} characters when given).
 * Each hint met raises the confidence, a cue the more the nearer it stands. The cues and excludes of a scope are
 * found once, however many findings stand in it.
 */
final class HintCheck {

    private static final double FOLLOW_GAIN = 0.2;
    private static final double PRECEDE_GAIN = 0.2;
    private static final double CUE_GAIN = 0.3;
    private static final int CUE_GAP_CAP = 200;
    private static final double CUE_GAP_SCALE = 250.0;

    /** Offsets [start, end) of the text. */
    private record Range(int start, int end) {
    }

    /** One pattern's matches in a scope, in text order: as they do not overlap, their ends are in order too. */
    private record Hits(int[] starts, int[] ends) {

        /** The smallest gap in characters between a match and the span; -1 if there is no match. */
        int nearest(Evidence e) {
            int lo = 0;
            int hi = ends.length;
            while (lo < hi) {                          // the first match ending after the span starts
                int mid = (lo + hi) >>> 1;
                if (ends[mid] > e.start()) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            // every match before lo ends before the span, every one after lo starts after lo's: lo - 1 or lo is nearest
            int best = -1;
            for (int i = Math.max(0, lo - 1); i <= Math.min(lo, ends.length - 1); i++) {
                int gap = e.gap(starts[i], ends[i]);
                best = best < 0 ? gap : Math.min(best, gap);
            }
            return best;
        }
    }

    private final Article article;
    private final CompiledFacet facet;
    private final HintSpec spec;
    private final Map<Range, List<Hits>> cues = new HashMap<>();
    private final Map<Range, List<Hits>> excludes = new HashMap<>();
    private final NearMisses misses;

    HintCheck(Article article, CompiledFacet facet) {
        this(article, facet, NearMisses.NONE);
    }

    /** Tells {@code misses} of each finding a hint rules out, and which hint. */
    HintCheck(Article article, CompiledFacet facet, NearMisses misses) {
        this.article = article;
        this.facet = facet;
        this.spec = facet.spec();
        this.misses = misses;
    }

    /** The candidate the finding makes for this facet, or null when a hint rules it out. */
    Candidate check(Finding finding) {
        article.checkpoint().passed(1);
        Sentences sentences = article.sentences();
        int si = sentences.indexOf(finding.start());
        if (si < 0) {
            return null;
        }
        Range sentence = new Range(sentences.start(si), Math.max(sentences.end(si), finding.end()));
        Evidence e = finding.anchored() ? anchor(sentence, Evidence.of(finding), finding) : Evidence.of(finding);
        if (e == null) {
            return null;
        }
        Range scope = scope(si, sentence.end());
        if (excluded(scope, e)) {
            misses.add(article, facet, finding, e.start(), e.end(), "an exclude pattern of the facet stands nearby");
            return null;
        }
        if (finding.detector().needsCue()) {
            Evidence cued = cue(scope, e);
            if (cued == null) {
                misses.add(article, facet, finding, e.start(), e.end(), "no cue of the facet stands near it"
                        + (spec.within() == null ? " (in its sentence" + widened() + ")" : " (within " + spec.within() + " characters)"));
            }
            e = cued;
        }
        return e == null ? null : new Candidate(facet, finding, si, e.rounded());
    }

    private String widened() {
        return spec.lookBehind() == 0 && spec.lookAhead() == 0 ? ""
                : ", " + spec.lookBehind() + " before, " + spec.lookAhead() + " after";
    }

    private Evidence anchor(Range sentence, Evidence e, Finding finding) {
        Evidence followed = follow(sentence, e);
        if (followed == null) {
            misses.add(article, facet, finding, "no follow pattern of the facet comes right after it");
            return null;
        }
        Evidence preceded = precede(sentence, followed);
        if (preceded == null) {
            misses.add(article, facet, finding, "no precede pattern of the facet comes right before it");
        }
        return preceded;
    }

    private Evidence follow(Range sentence, Evidence e) {
        if (spec.follow().isEmpty()) {
            return e;
        }
        Matcher m = first(spec.follow(), new Range(e.end(), sentence.end()), true);
        return m == null ? null : e.to(m.end()).plus("+follow", FOLLOW_GAIN);
    }

    private Evidence precede(Range sentence, Evidence e) {
        if (spec.precede().isEmpty()) {
            return e;
        }
        Matcher m = first(spec.precede(), new Range(sentence.start(), e.start()), false);
        return m == null ? null : e.from(m.start()).plus("+precede", PRECEDE_GAIN);
    }

    private Range scope(int si, int sentenceEnd) {
        Sentences sentences = article.sentences();
        int last = sentences.count() - 1;
        return new Range(sentences.start(Math.max(0, si - spec.lookBehind())),
                Math.max(sentenceEnd, sentences.end(Math.min(last, si + spec.lookAhead()))));
    }

    private boolean excluded(Range scope, Evidence e) {
        if (spec.exclude().isEmpty()) {
            return false;
        }
        Integer limit = spec.excludeWithin() != null ? spec.excludeWithin() : spec.within();
        return nearest(spec.exclude(), excludes, scope, e, limit) >= 0;
    }

    private Evidence cue(Range scope, Evidence e) {
        if (spec.cues().isEmpty()) {
            return e;
        }
        int gap = nearest(spec.cues(), cues, scope, e, spec.within());
        return gap < 0 ? null : e.plus("+cue", CUE_GAIN * (1.0 - Math.min(gap, CUE_GAP_CAP) / CUE_GAP_SCALE));
    }

    /** The first pattern's match in the range (starting at its start when {@code atStart}), or null. */
    private Matcher first(List<Pattern> patterns, Range range, boolean atStart) {
        for (Pattern p : patterns) {
            Matcher m = p.matcher(article.text()).region(range.start(), range.end());
            m.useTransparentBounds(true);
            article.checkpoint().passed(atStart ? 1 : range.end() - range.start() + 1);
            if (atStart ? m.lookingAt() : m.find()) {
                return m;
            }
        }
        return null;
    }

    /** The smallest gap in characters between a match in the scope and the span; -1 if none within the limit. */
    private int nearest(List<Pattern> patterns, Map<Range, List<Hits>> found, Range scope, Evidence e,
                        Integer limit) {
        int best = -1;
        for (Hits hits : found.computeIfAbsent(scope, s -> hits(patterns, s))) {
            int gap = hits.nearest(e);
            if (gap >= 0 && (limit == null || gap <= limit) && (best < 0 || gap < best)) {
                best = gap;
            }
        }
        return best;
    }

    private List<Hits> hits(List<Pattern> patterns, Range scope) {
        List<Hits> out = new ArrayList<>();
        for (Pattern p : patterns) {
            article.checkpoint().passed(scope.end() - scope.start() + 1);
            List<int[]> spans = new ArrayList<>();
            Matcher m = p.matcher(article.text()).region(scope.start(), scope.end());
            m.useTransparentBounds(true);
            while (m.find()) {
                spans.add(new int[] {m.start(), m.end()});
                if (m.end() == m.start()) {
                    break;
                }
            }
            out.add(new Hits(spans.stream().mapToInt(s -> s[0]).toArray(), spans.stream().mapToInt(s -> s[1]).toArray()));
        }
        return out;
    }
}
