package dev.parallax.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Aligned suggestions bucketed by confidence: how many of each bucket were right, against the confidence they claim. */
final class DevSetCalibration {

    private static final double[] EDGES = {0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01};
    /** With -Ddevset.dump set, every aligned suggestion as a tab-separated line (for fitting the confidence). */
    static final List<String> DUMP = System.getProperty("devset.dump") == null ? null : new java.util.ArrayList<>();

    private final int[] total = new int[EDGES.length - 1];
    private final int[] right = new int[EDGES.length - 1];
    private final double[] confidenceSum = new double[EDGES.length - 1];

    /** Adds the aligned suggestions (those with a reason) of one corpus. */
    void add(SeedFixtures f, Map<String, List<SuggestedClaim>> suggestions) {
        suggestions.forEach((file, claims) -> {
            List<SeedFixtures.Curated> gold = f.curatedFor(file);
            for (SuggestedClaim s : claims) {
                if (s.reason() == null) {
                    continue;
                }
                if (DUMP != null) {
                    DUMP.add(f.corpus.agreement().slug() + "\t" + file + "\t" + s.facetKey() + "\t" + s.confidence()
                            + "\t" + gold.stream().anyMatch(g -> f.matches(s, g)) + "\t" + s.reason());
                }
                int b = bucket(s.confidence());
                total[b]++;
                confidenceSum[b] += s.confidence();
                if (gold.stream().anyMatch(g -> f.matches(s, g))) {
                    right[b]++;
                }
            }
        });
    }

    /** Adds another calibration's counts to this one. */
    void addAll(DevSetCalibration o) {
        for (int i = 0; i < total.length; i++) {
            total[i] += o.total[i];
            right[i] += o.right[i];
            confidenceSum[i] += o.confidenceSum[i];
        }
    }

    private static int bucket(double c) {
        for (int i = 1; i < EDGES.length; i++) {
            if (c < EDGES[i]) {
                return i - 1;
            }
        }
        return EDGES.length - 2;
    }

    /** One line per bucket: range, suggestions, right, share right, mean confidence claimed. */
    String table(String title) {
        StringBuilder out = new StringBuilder("calibration (" + title + "): bucket  n  right  share  mean-conf\n");
        for (int i = 0; i < total.length; i++) {
            out.append(String.format(Locale.ROOT, "  [%.1f, %.1f) %4d %5d %6s %8s%n", EDGES[i], Math.min(1.0, EDGES[i + 1]),
                    total[i], right[i], total[i] == 0 ? "-" : String.format(Locale.ROOT, "%.2f", (double) right[i] / total[i]),
                    total[i] == 0 ? "-" : String.format(Locale.ROOT, "%.2f", confidenceSum[i] / total[i])));
        }
        return out.toString();
    }
}
