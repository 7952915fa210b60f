package dev.parallax.extract;

/**
 * The confidence of an aligned suggestion from its score, calibrated on the development set's tuning half (see
 * DevSetEvaluation's calibration table): a value shared by several facets is less sure than one with a clear winner.
 */
final class AlignmentConfidence {

    // score at which the confidence reaches each step (piecewise linear between them), from the calibration buckets
    private static final double[] SCORES = {0.0, 0.20, 0.30, 0.45, 0.70};
    private static final double[] CONFIDENCES = {0.30, 0.50, 0.70, 0.85, 0.95};
    private static final double SHARED_FACTOR = 0.9;

    private AlignmentConfidence() {
    }

    static double of(double score, boolean shared) {
        double c = CONFIDENCES[CONFIDENCES.length - 1];
        for (int i = 1; i < SCORES.length; i++) {
            if (score < SCORES[i]) {
                double t = (score - SCORES[i - 1]) / (SCORES[i] - SCORES[i - 1]);
                c = CONFIDENCES[i - 1] + t * (CONFIDENCES[i] - CONFIDENCES[i - 1]);
                break;
            }
        }
        return Math.max(0, Math.min(0.99, shared ? c * SHARED_FACTOR : c));
    }
}
