package dev.parallax.extract;

import dev.parallax.value.ValueKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Aligns each number, length, duration, clock time and date of an article with the facets of its kind that have no
 * hints, by the agreement's own words: the words around the value (its sentence, nearer words weighing more, and the
 * previous sentence for "it" and "the deal") against each facet's profile (label, description, names, clause). The best
 * facet above the threshold takes the value, and so does every facet within the tie ratio of it. Each sentence is
 * analysed once; a value is scored against F facets over a bounded window of words, so the work is O(F) per value.
 */
final class Aligner {

    private static final Set<ValueKind> ALIGNED_KINDS = EnumSet.of(ValueKind.COUNT, ValueKind.LENGTH,
            ValueKind.DURATION, ValueKind.INSTANT, ValueKind.DATE);
    private static final int REASON_WORDS = 3;

    private final Article article;
    private final AlignmentSettings settings;
    private final NearMisses misses;
    private final List<CompiledFacet> facets = new ArrayList<>();
    private final List<FacetProfile> profiles = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();
    private final List<FacetProfile> allProfiles;
    private final List<String> allLabels = new ArrayList<>();
    private final Map<Integer, List<Stems.Stem>> sentenceStems = new HashMap<>();

    /** Facet i of {@code compiled} is aligned when it has no hints, a value kind, and words to align by. */
    Aligner(Article article, List<FacetHints> inputs, List<CompiledFacet> compiled, AlignmentSettings settings,
            NearMisses misses) {
        this.article = article;
        this.settings = settings;
        this.misses = misses;
        // Profiles serve only facets without hints: when every facet has hints, the analysis is skipped.
        boolean anyWithoutHints = compiled.stream().anyMatch(f -> f.spec().isEmpty());
        List<FacetProfile> all = anyWithoutHints ? FacetProfile.of(inputs, settings) : List.of();
        this.allProfiles = all;
        for (int i = 0; i < compiled.size(); i++) {
            CompiledFacet f = compiled.get(i);
            String name = inputs.get(i).words().label();
            String label = name.isBlank() ? f.key() : name;
            allLabels.add(label);
            if (aligns(f) && !all.get(i).isEmpty()) {
                facets.add(f);
                profiles.add(all.get(i));
                labels.add(label);
            }
        }
    }

    /** True when values reach this facet by alignment rather than hints. */
    static boolean aligns(CompiledFacet facet) {
        return ALIGNED_KINDS.contains(facet.kind()) && facet.spec().enabled() && facet.spec().isEmpty();
    }

    /**
     * The candidates with each name that several facets without hints share (a city that is both the signing place and
     * the seat of a centre) kept only for the facets its sentence speaks to, as a number is; other candidates as they are.
     */
    List<Candidate> sharedNames(List<Candidate> candidates) {
        Map<Long, List<Candidate>> bySpan = new HashMap<>();
        for (Candidate c : candidates) {
            if (c.mention() != null && c.facet().kind().isName() && c.facet().spec().isEmpty()) {
                bySpan.computeIfAbsent(((long) c.start() << 32) | c.end(), k -> new ArrayList<>()).add(c);
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : candidates) {
            List<Candidate> group = bySpan.get(((long) c.start() << 32) | c.end());
            if (group == null || group.size() < 2 || !c.facet().kind().isName() || !c.facet().spec().isEmpty()) {
                out.add(c);
            } else if (group.get(0) == c) {
                out.addAll(resolve(group));
            }
        }
        return out;
    }

    private List<Candidate> resolve(List<Candidate> group) {
        Mention m = group.get(0).mention();
        int si = group.get(0).sentence();
        Context context = context(m, si);
        article.checkpoint().passed(context.size() * group.size() + 1);
        double[] score = new double[group.size()];
        double best = 0;
        for (int k = 0; k < group.size(); k++) {
            score[k] = context.score(allProfiles.get(group.get(k).facet().index()), settings);
            best = Math.max(best, score[k]);
        }
        if (best == 0) {
            return group;                              // nothing tells them apart: each facet keeps the name, as before
        }
        int chosen = 0;
        for (double v : score) {
            chosen += v >= settings.tieRatio() * best ? 1 : 0;
        }
        List<Candidate> out = new ArrayList<>();
        for (int k = 0; k < group.size(); k++) {
            Candidate c = group.get(k);
            int index = c.facet().index();
            if (score[k] >= settings.tieRatio() * best) {
                Evidence e = new Evidence(c.start(), c.end(), c.evidence().rule() + "+align",
                        AlignmentConfidence.of(score[k], secondBest(score, k), chosen > 1)).rounded();
                out.add(new Candidate(c.facet(), c.finding(), si, e,
                        reason(m, context, allProfiles.get(index), allLabels.get(index), score[k])));
            } else if (misses.wanted()) {
                misses.add(article, c.facet(), c.finding(), String.format(Locale.ROOT,
                        "a name other facets share; its words speak more to another facet (%.2f against %.2f)", best,
                        score[k]));
            }
        }
        return out;
    }

    private static double secondBest(double[] score, int except) {
        double out = 0;
        for (int k = 0; k < score.length; k++) {
            if (k != except) {
                out = Math.max(out, score[k]);
            }
        }
        return out;
    }

    /** One candidate per value and facet it speaks to, in text order. */
    List<Candidate> candidates() {
        if (facets.isEmpty()) {
            return List.of();
        }
        List<Mention> mentions = new ArrayList<>(article.quantities());
        mentions.addAll(article.times());
        mentions.addAll(article.dates());
        mentions.sort(Comparator.comparingInt(Mention::start));
        List<Candidate> out = new ArrayList<>();
        for (Mention m : mentions) {
            align(m, out);
        }
        return out;
    }

    private void align(Mention m, List<Candidate> out) {
        List<Integer> rivals = new ArrayList<>();
        for (int i = 0; i < facets.size(); i++) {
            if (facets.get(i).kind() == m.kind()) {
                rivals.add(i);
            }
        }
        int si = article.sentences().indexOf(m.start());
        if (rivals.isEmpty() || si < 0) {
            return;
        }
        Context context = context(m, si);
        article.checkpoint().passed(context.size() * rivals.size() + 1);
        double[] score = new double[facets.size()];
        int best = -1;
        for (int i : rivals) {
            score[i] = context.score(profiles.get(i), settings);
            if (best < 0 || score[i] > score[best]) {
                best = i;
            }
        }
        Finding finding = Finding.of(m);
        if (score[best] < settings.threshold()) {
            if (misses.wanted()) {
                misses.add(article, facets.get(best), finding, String.format(Locale.ROOT,
                        "best facet score below threshold (%.2f < %.2f)%s", score[best], settings.threshold(),
                        context.words(profiles.get(best), REASON_WORDS, article.text()).isEmpty() ? ""
                                : "; words shared: " + context.words(profiles.get(best), REASON_WORDS, article.text())));
            }
            return;
        }
        int chosen = 0;
        for (int i : rivals) {
            if (score[i] >= settings.threshold() && score[i] >= settings.tieRatio() * score[best]) {
                chosen++;
            }
        }
        for (int i : rivals) {
            if (score[i] >= settings.threshold() && score[i] >= settings.tieRatio() * score[best]) {
                int runnerUp = runnerUp(rivals, score, i);
                double next = runnerUp < 0 ? 0 : score[runnerUp];
                double confidence = AlignmentConfidence.of(score[i], next, chosen > 1);
                if (confidence < settings.minConfidence()) {
                    misses.add(article, facets.get(i), finding, String.format(Locale.ROOT,
                            "confidence %.2f below the minimum %.2f (next facet scores %.2f against %.2f)", confidence,
                            settings.minConfidence(), next, score[i]));
                    continue;
                }
                String reason = reason(m, context, profiles.get(i), labels.get(i), score[i])
                        + (runnerUp < 0 || next == 0 ? "" : String.format(Locale.ROOT, "; next facet %s %.2f%s",
                        facets.get(runnerUp).key(), next, chosen > 1 ? " (shares the value)" : ""));
                Evidence e = new Evidence(m.start(), m.end(), m.rule() + "+align", confidence).rounded();
                out.add(new Candidate(facets.get(i), finding, si, e, reason));
            } else if (misses.wanted()) {
                misses.add(article, facets.get(i), finding, String.format(Locale.ROOT,
                        "its words speak more to facet %s (%.2f against %.2f)", facets.get(best).key(), score[best],
                        score[i]));
            }
        }
    }

    // the other facet of the value's kind that scored highest (-1 if none)
    private static int runnerUp(List<Integer> rivals, double[] score, int chosen) {
        int out = -1;
        for (int i : rivals) {
            if (i != chosen && (out < 0 || score[i] > score[out])) {
                out = i;
            }
        }
        return out;
    }

    private String reason(Mention m, Context context, FacetProfile profile, String label, double score) {
        String exact = article.text().substring(m.start(), m.end());
        String words = context.words(profile, REASON_WORDS, article.text());
        return String.format(Locale.ROOT, "'%s' in a sentence with %s; %s match %.2f (\"%s\")", exact, words,
                context.mainField(profile), score, label);
    }

    private Context context(Mention m, int si) {
        List<Stems.Stem> own = stems(si);
        Map<String, Double> weights = new HashMap<>();
        Map<String, Stems.Stem> nearest = new HashMap<>();
        int at = firstAtOrAfter(own, m.start());
        int from = Math.max(0, at - settings.reach());
        int to = Math.min(own.size(), at + settings.reach());
        for (int k = from; k < to; k++) {
            Stems.Stem stem = own.get(k);
            if (stem.end() > m.start() && stem.start() < m.end()) {
                continue;                              // the value's own words (a name) say nothing about which facet
            }
            int gap = stem.end() <= m.start() ? m.start() - stem.end() : Math.max(0, stem.start() - m.end());
            double w = settings.window() ? 1.0 / (1.0 + gap / settings.halfWeightChars()) : 1.0;
            if (w > weights.getOrDefault(stem.term(), 0.0)) {
                weights.put(stem.term(), w);
                nearest.put(stem.term(), stem);
            }
        }
        Set<String> ownTerms = Set.copyOf(weights.keySet());
        if (settings.previous() > 0 && si > 0) {
            List<Stems.Stem> before = stems(si - 1);
            for (int k = Math.max(0, before.size() - settings.reach()); k < before.size(); k++) {
                Stems.Stem stem = before.get(k);
                if (settings.previous() > weights.getOrDefault(stem.term(), 0.0)) {
                    weights.put(stem.term(), settings.previous());
                    nearest.put(stem.term(), stem);
                }
            }
        }
        return new Context(weights, nearest, ownTerms);
    }

    private List<Stems.Stem> stems(int si) {
        return sentenceStems.computeIfAbsent(si, k -> {
            Sentences s = article.sentences();
            article.checkpoint().passed(s.end(k) - s.start(k) + 1);
            return Stems.of(article.text(), s.start(k), s.end(k));
        });
    }

    private static int firstAtOrAfter(List<Stems.Stem> stems, int offset) {
        int lo = 0;
        int hi = stems.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (stems.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The words around one value: stem to weight (1 next to it, less further away) and the occurrence that gave it. */
    private record Context(Map<String, Double> weights, Map<String, Stems.Stem> nearest, Set<String> own) {

        int size() {
            return weights.size();
        }

        /** The similarity of the words around the value with the facet; 0 when its own sentence shares no word with it. */
        double score(FacetProfile profile, AlignmentSettings s) {
            if (own.stream().noneMatch(profile.weights()::containsKey)) {
                return 0;                              // the previous sentence supports a value, it cannot place one
            }
            double dot = 0;
            double norm = 0;
            for (Map.Entry<String, Double> e : weights.entrySet()) {
                norm += e.getValue() * e.getValue();
                Double f = profile.weights().get(e.getKey());
                if (f != null) {
                    dot += f * e.getValue();
                }
            }
            return !s.idf() || norm == 0 ? dot : dot / Math.sqrt(norm);
        }

        /** The shared words that weigh most, as written in the article: "'warships', 'escort'". */
        String words(FacetProfile profile, int max, String text) {
            return shared(profile).stream().limit(max)
                    .map(t -> "'" + text.substring(nearest.get(t).start(), nearest.get(t).end()) + "'")
                    .reduce((a, b) -> a + ", " + b).orElse("");
        }

        /** The facet field that gave the shared words the most weight. */
        String mainField(FacetProfile profile) {
            Map<String, Double> byField = new HashMap<>();
            for (String t : shared(profile)) {
                byField.merge(profile.fieldOf().get(t), profile.weights().get(t) * weights.get(t), Double::sum);
            }
            return byField.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("word");
        }

        private List<String> shared(FacetProfile profile) {
            return weights.keySet().stream().filter(profile.weights()::containsKey)
                    .sorted(Comparator.comparingDouble((String t) -> -profile.weights().get(t) * weights.get(t))
                            .thenComparing(t -> t))
                    .toList();
        }
    }
}
