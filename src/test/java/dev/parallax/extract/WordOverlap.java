package dev.parallax.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The trivial baseline: Jaccard overlap of the two texts' distinct lowercase words (no stemming, no stop words). */
final class WordOverlap {

    private WordOverlap() {
    }

    static double score(String a, String b) {
        Set<String> x = words(a);
        Set<String> y = words(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> shared = new HashSet<>(x);
        shared.retainAll(y);
        return shared.size() / (double) (x.size() + y.size() - shared.size());
    }

    static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
