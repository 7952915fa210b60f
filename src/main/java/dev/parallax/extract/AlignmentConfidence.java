package dev.parallax.extract;

/**
 * The confidence of an aligned suggestion, calibrated on the development set's tuning half and the seed corpus with
 * its hints removed (DevSetEvaluation's calibration table): what predicted a right suggestion there was less the score
 * itself than how clearly the value's facet beat the others of its kind. A value no other facet wants was right about
 * 8 times in 10; one whose runner-up scores 40 % of the winner about 6 in 10; a close runner-up or a value shared by
 * several facets about 2 to 3 in 10.
 */
final class AlignmentConfidence {

    private static final double ALONE = 0.80;
    private static final double CLOSE = 0.20;              // runner-up at CLOSE_RATIO of the winner's score
    private static final double CLOSE_RATIO = 0.75;
    private static final double SHARED = 0.30;
    private static final double STRONG_SCORE = 0.5;
    private static final double STRONG_BONUS = 0.05;

    private AlignmentConfidence() {
    }

    /** From the facet's score, the best other facet's score for the same value, and whether the value is shared. */
    static double of(double score, double next, boolean shared) {
        double c;
        if (shared) {
            c = SHARED;
        } else {
            double ratio = score <= 0 ? 1 : Math.min(1, next / score);
            c = ALONE - (ALONE - CLOSE) * Math.min(1, ratio / CLOSE_RATIO);
        }
        if (score >= STRONG_SCORE) {
            c += STRONG_BONUS;
        }
        return Math.max(0.05, Math.min(0.99, c));
    }
}
