package dev.parallax.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns candidates into suggestions: a facet keeps at most one per sentence (the first in text order; of aligned
 * candidates the most confident), a number, time or date goes to the one facet whose hints want it most (the highest
 * confidence, the first on ties) or, when no facet with hints wants it, to every facet the aligner chose for it, and
 * each suggestion gets the speaker its sentence attributes it to.
 */
final class Assignment {

    private Assignment() {
    }

    /** Suggested claims in text order (ties in facet order). */
    static List<SuggestedClaim> claims(Article article, List<Candidate> candidates) {
        return claims(article, candidates, NearMisses.NONE);
    }

    /** As {@link #claims(Article, List)}, telling {@code misses} of each candidate that lost, and to what. */
    static List<SuggestedClaim> claims(Article article, List<Candidate> candidates, NearMisses misses) {
        List<Candidate> first = firstPerFacetAndSentence(candidates, article, misses);
        Map<Mention, Candidate> owners = owners(first);
        Map<Integer, List<Attribution.Attributed>> attributions = new HashMap<>();
        List<SuggestedClaim> out = new ArrayList<>();
        for (Candidate c : first) {
            Candidate owner = c.exclusive() ? owners.get(c.mention()) : c;
            if (owner == c || (c.aligned() && owner.aligned())) {
                out.add(suggestion(article, c, attributions));
            } else {
                misses.add(article, c.facet(), c.finding(), c.start(), c.end(),
                        "the value went to facet " + owner.facet().key() + ", which wants it more (confidence "
                                + owner.confidence() + " against " + c.confidence() + ")");
            }
        }
        return out;
    }

    private static List<Candidate> firstPerFacetAndSentence(List<Candidate> candidates, Article article,
                                                            NearMisses misses) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt(Candidate::start).thenComparingInt(c -> c.facet().index()));
        Map<String, Candidate> bestAligned = new HashMap<>();
        for (Candidate c : sorted) {
            if (c.aligned()) {
                bestAligned.merge(c.facet().key() + "\u0000" + c.sentence(), c,
                        (current, next) -> next.confidence() > current.confidence() ? next : current);
            }
        }
        Set<String> seen = new HashSet<>();
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : sorted) {
            String key = c.facet().key() + "\u0000" + c.sentence();
            if (c.aligned() ? bestAligned.get(key) == c && seen.add(key) : seen.add(key)) {
                out.add(c);
            } else if (c.aligned()) {
                misses.add(article, c.facet(), c.finding(), c.start(), c.end(),
                        "the facet takes a value its words fit better in this sentence");
            } else {
                misses.add(article, c.facet(), c.finding(), c.start(), c.end(),
                        "the facet already has an earlier value in this sentence");
            }
        }
        return out;
    }

    private static Map<Mention, Candidate> owners(List<Candidate> candidates) {
        Map<Mention, Candidate> owner = new HashMap<>();
        for (Candidate c : candidates) {
            if (c.exclusive()) {
                owner.merge(c.mention(), c, Assignment::wantsMore);
            }
        }
        return owner;
    }

    // hints are the operator's overrides: a candidate by hints beats any by alignment, then the more confident wins
    private static Candidate wantsMore(Candidate current, Candidate next) {
        if (current.aligned() != next.aligned()) {
            return current.aligned() ? next : current;
        }
        return next.confidence() > current.confidence() ? next : current;
    }

    // a sentence holding many suggestions is read for attributions once
    private static SuggestedClaim suggestion(Article article, Candidate c,
                                             Map<Integer, List<Attribution.Attributed>> attributions) {
        String text = article.text();
        Sentences sentences = article.sentences();
        Evidence e = c.evidence();
        article.checkpoint().passed(1);
        String speaker = Attribution.speakerFor(text, sentences, c.sentence(), e.start(), e.end(),
                i -> attributions.computeIfAbsent(i, k -> {
                    article.checkpoint().passed(sentences.end(k) - sentences.start(k) + 1);
                    return Attribution.find(text, sentences.start(k), sentences.end(k));
                }));
        return new SuggestedClaim(c.facet().key(), c.value(), e.start(), e.end(), text.substring(e.start(), e.end()),
                speaker, e.confidence(), e.rule(), c.reason());
    }
}
