package dev.parallax.extract;

import dev.parallax.value.AssertionValue;
import dev.parallax.value.Quantity;
import dev.parallax.value.QuantityUnits;
import dev.parallax.value.TextValue;
import dev.parallax.value.Value;
import dev.parallax.value.ValueKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suggests claims for an article: finds values (numbers, lengths, durations, clock times, dates, names, assertion
 * phrases), assigns them to facets using only each facet's kind, names and {@code extract:} hints, and attributes
 * them to the speaker named next to a reporting verb. Pure and deterministic: no I/O, no framework types.
 *
 * <p>Rules, in order: a value is a candidate for every facet of its kind; a facet's {@code follow}/{@code precede}
 * patterns must touch it, one of its {@code cues} must stand in the scope (the sentence, widened by
 * {@code lookBehind}/{@code lookAhead} sentences, and within {@code within} characters when given), no
 * {@code exclude} pattern may; {@code min}/{@code max}/{@code units} bound quantities. A facet keeps at most one
 * suggestion per sentence (the first), and a number, time or date goes to the one facet that wants it most.
 */
public final class Extractor {

    private static final Pattern NEGATION = Pattern.compile(
            "(?<![\\p{L}])(?:not|no|never|without|cannot|fail(?:s|ed)?\\s+to|refus(?:es|ed)?\\s+to)(?![\\p{L}])|n[\u2019']t(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    private static final int NEGATION_LOOK_BACK = 30;

    private record Compiled(HintSpec spec, NameFinder names) {
    }

    private record Candidate(int facetIndex, String facetKey, Mention mention, int start, int end, Value value,
                             int sentence, double confidence, String rule) {
    }

    private Extractor() {
    }

    /** Suggested claims in text order (ties in facet order). */
    public static List<SuggestedClaim> extract(ExtractionInput in) {
        String text = in.text();
        Sentences sentences = Sentences.of(text);
        List<Dates.DateMention> dates = Dates.find(text, in.referenceDate(), in.publishedOn());
        List<Mention> times = ClockTimes.find(text, dates, in);
        List<Mention> dateMentions = new ArrayList<>();
        for (Dates.DateMention d : dates) {
            if (times.stream().noneMatch(t -> t.overlaps(d.start(), d.end()))) {
                dateMentions.add(new Mention(ValueKind.DATE, d.start(), d.end(), new dev.parallax.value.DateValue(
                        d.date()), d.weekday() ? Detector.WEEKDAY : Detector.DATE));
            }
        }
        List<Mention> taken = new ArrayList<>(times);
        taken.addAll(dateMentions);
        List<Mention> quantities = Quantities.find(text, Numbers.find(text), taken);

        List<Candidate> candidates = new ArrayList<>();
        for (int fi = 0; fi < in.facets().size(); fi++) {
            FacetHints facet = in.facets().get(fi);
            Compiled compiled = compile(facet);
            HintSpec spec = compiled.spec();
            if (!spec.enabled()) {
                continue;
            }
            List<Mention> pool = switch (facet.kind()) {
                case COUNT, LENGTH, DURATION -> quantities.stream().filter(m -> m.kind() == facet.kind()).toList();
                case INSTANT -> times;
                case DATE -> dateMentions;
                case PLACE, ACTOR -> compiled.names().find(text);
                case ASSERTION, TEXT -> List.of();
            };
            if (!facet.kind().isName() && spec.isEmpty()) {
                pool = List.of();                      // nothing tells this facet's values from any other's
            }
            for (Mention m : pool) {
                if (m.value() instanceof Quantity q && !withinBounds(q, spec)) {
                    continue;
                }
                Candidate c = evaluate(text, sentences, spec, fi, facet.key(), m, m.start(), m.end(), m.value(),
                        m.detector(), m.rule());
                if (c != null) {
                    candidates.add(c);
                }
            }
            if (facet.kind() == ValueKind.ASSERTION) {
                for (Pattern p : spec.assertions()) {
                    Matcher a = p.matcher(text);
                    while (a.find()) {
                        boolean holds = !negated(text, sentences, a.start());
                        Candidate c = evaluate(text, sentences, spec, fi, facet.key(), null, a.start(), a.end(),
                                new AssertionValue(holds), Detector.ASSERTION, Detector.ASSERTION.label());
                        if (c != null) {
                            candidates.add(c);
                        }
                    }
                }
            }
            for (Pattern p : spec.texts()) {
                Matcher t = p.matcher(text);
                while (t.find()) {
                    Candidate c = evaluate(text, sentences, spec, fi, facet.key(), null, t.start(), t.end(),
                            new TextValue(t.group()), Detector.TEXT, Detector.TEXT.label());
                    if (c != null) {
                        candidates.add(c);
                    }
                }
            }
        }
        return finish(text, sentences, candidates);
    }

    /** Compiles a facet's hints once; a bad key or pattern raises IllegalArgumentException naming facet and key. */
    public static void checkHints(FacetHints facet) {
        compile(facet);
    }

    // once per facet and call: no cache, so nothing shared between calls or threads
    private static Compiled compile(FacetHints facet) {
        return new Compiled(HintSpec.parse(facet.key(), facet.extract()),
                new NameFinder(facet.kind().isName() ? facet.kind() : ValueKind.PLACE, facet.names()));
    }

    private static boolean withinBounds(Quantity q, HintSpec spec) {
        if (!spec.units().isEmpty() && !spec.units().contains(q.unit())) {
            return false;
        }
        double v = QuantityUnits.toCanonical(q.amount().doubleValue(), q.kind(), q.unit());
        return (spec.min() == null || v >= spec.min()) && (spec.max() == null || v <= spec.max());
    }

    private static Candidate evaluate(String text, Sentences sentences, HintSpec spec, int facetIndex, String facetKey,
                                      Mention mention, int start, int end, Value value, Detector detector,
                                      String ruleName) {
        int si = sentences.indexOf(start);
        if (si < 0) {
            return null;
        }
        int sStart = sentences.start(si);
        int sEnd = Math.max(sentences.end(si), end);
        int spanStart = start;
        int spanEnd = end;
        StringBuilder rule = new StringBuilder(ruleName);
        double confidence = detector.confidence();
        if (mention != null && !spec.follow().isEmpty()) {
            Integer followEnd = null;
            for (Pattern p : spec.follow()) {
                Matcher f = p.matcher(text).region(end, sEnd);
                f.useTransparentBounds(true);
                if (f.lookingAt()) {
                    followEnd = f.end();
                    break;
                }
            }
            if (followEnd == null) {
                return null;
            }
            spanEnd = followEnd;
            rule.append("+follow");
            confidence += 0.2;
        }
        if (mention != null && !spec.precede().isEmpty()) {
            Integer precedeStart = null;
            for (Pattern p : spec.precede()) {
                Matcher f = p.matcher(text).region(sStart, start);
                f.useTransparentBounds(true);
                if (f.find()) {
                    precedeStart = f.start();
                    break;
                }
            }
            if (precedeStart == null) {
                return null;
            }
            spanStart = precedeStart;
            rule.append("+precede");
            confidence += 0.2;
        }
        int scopeStart = sentences.start(Math.max(0, si - spec.lookBehind()));
        int scopeEnd = Math.max(sEnd, sentences.end(Math.min(sentences.count() - 1, si + spec.lookAhead())));
        if (!spec.exclude().isEmpty()) {
            Integer limit = spec.excludeWithin() != null ? spec.excludeWithin() : spec.within();
            if (nearest(text, spec.exclude(), scopeStart, scopeEnd, spanStart, spanEnd, limit) >= 0) {
                return null;
            }
        }
        if (detector.needsCue() && !spec.cues().isEmpty()) {
            int gap = nearest(text, spec.cues(), scopeStart, scopeEnd, spanStart, spanEnd, spec.within());
            if (gap < 0) {
                return null;
            }
            rule.append("+cue");
            confidence += 0.3 * (1.0 - Math.min(gap, 200) / 250.0);
        }
        confidence = Math.min(0.99, Math.round(confidence * 100) / 100.0);
        return new Candidate(facetIndex, facetKey, mention, spanStart, spanEnd, value, si, confidence,
                rule.toString());
    }

    /** The smallest gap in characters between a match of any pattern in [from, to) and the span; -1 if none in reach. */
    private static int nearest(String text, List<Pattern> patterns, int from, int to, int spanStart, int spanEnd,
                               Integer limit) {
        int best = -1;
        for (Pattern p : patterns) {
            Matcher m = p.matcher(text).region(from, to);
            m.useTransparentBounds(true);
            while (m.find()) {
                int gap = m.end() <= spanStart ? spanStart - m.end() : m.start() >= spanEnd ? m.start() - spanEnd : 0;
                if ((limit == null || gap <= limit) && (best < 0 || gap < best)) {
                    best = gap;
                }
                if (m.end() == m.start()) {
                    break;
                }
            }
        }
        return best;
    }

    private static boolean negated(String text, Sentences sentences, int start) {
        int si = sentences.indexOf(start);
        int floor = Math.max(si < 0 ? 0 : sentences.start(si), start - NEGATION_LOOK_BACK);
        Matcher m = NEGATION.matcher(text).region(floor, start);
        m.useTransparentBounds(true);
        return m.find();
    }

    // one suggestion per facet and sentence (the first); a number, time or date to the facet that wants it most
    private static List<SuggestedClaim> finish(String text, Sentences sentences, List<Candidate> candidates) {
        candidates.sort(Comparator.comparingInt(Candidate::start).thenComparingInt(Candidate::facetIndex));
        Set<String> seen = new HashSet<>();
        List<Candidate> firstPerSentence = new ArrayList<>();
        for (Candidate c : candidates) {
            if (seen.add(c.facetKey() + "\u0000" + c.sentence())) {
                firstPerSentence.add(c);
            }
        }
        Map<Mention, Candidate> owner = new HashMap<>();
        for (Candidate c : firstPerSentence) {
            if (c.mention() == null || c.mention().kind().isName()) {
                continue;
            }
            Candidate current = owner.get(c.mention());
            if (current == null || c.confidence() > current.confidence()) {
                owner.put(c.mention(), c);
            }
        }
        List<SuggestedClaim> out = new ArrayList<>();
        for (Candidate c : firstPerSentence) {
            if (c.mention() != null && !c.mention().kind().isName() && owner.get(c.mention()) != c) {
                continue;
            }
            String speaker = Attribution.speakerFor(text, sentences, c.sentence(), c.start(), c.end());
            out.add(new SuggestedClaim(c.facetKey(), c.value(), c.start(), c.end(),
                    text.substring(c.start(), c.end()), speaker, c.confidence(), c.rule()));
        }
        return out;
    }
}
