package dev.parallax.extract;

import java.util.Arrays;
import java.util.List;

/** Top-k hits with random tie-breaking, and the score threshold that keeps a share of the hits. */
final class Ranking {

    private Ranking() {
    }

    /**
     * The chance that the gold candidate is among the first {@code k} when candidates are sorted by score and ties are
     * broken at random: 1 if fewer than k others score higher and no tie reaches past k, fractional inside a tie.
     */
    static double topK(double gold, double[] others, int k) {
        int higher = 0;
        int tied = 0;
        for (double o : others) {
            if (o > gold) {
                higher++;
            } else if (o == gold) {
                tied++;
            }
        }
        return Math.max(0, Math.min(1, (k - higher) / (double) (tied + 1)));
    }

    /** Two-sided exact sign test: the chance of a split at least this uneven of {@code a + b} fair coin tosses. */
    static double signTest(int a, int b) {
        int n = a + b;
        int k = Math.min(a, b);
        double tail = 0;
        for (int i = 0; i <= k; i++) {
            tail += binomial(n, i);
        }
        return Math.min(1, 2 * tail / Math.pow(2, n));
    }

    private static double binomial(int n, int k) {
        double c = 1;
        for (int i = 1; i <= k; i++) {
            c = c * (n - k + i) / i;
        }
        return c;
    }

    /** The highest threshold t such that at least {@code keep} of the scores are >= t (NaN if there are none). */
    static double threshold(List<Double> scores, double keep) {
        if (scores.isEmpty()) {
            return Double.NaN;
        }
        double[] s = scores.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(s);
        int kept = (int) Math.ceil(keep * s.length);
        return s[s.length - kept];
    }
}
