package dev.parallax.export;

import java.util.Map;

/**
 * How a verdict against the agreement reads in a ClaimReview: a number on a scale of 1 (worst) to 3 (best) and its
 * words. CONFLICTS = 1, PARTIAL = 2 (the source speaks to the point without a value that can be checked), MATCHES = 3.
 * REPORTS and OMITS are no judgement against the agreement and have no rating.
 */
public final class Verdicts {

    public static final int WORST = 1;
    public static final int BEST = 3;

    private static final Map<String, Integer> RATING = Map.of("CONFLICTS", 1, "PARTIAL", 2, "MATCHES", 3);
    private static final Map<String, String> WORDS = Map.of(
            "CONFLICTS", "Conflicts with the agreement",
            "PARTIAL", "Not checkable: no value stated",
            "MATCHES", "Matches the agreement",
            "REPORTS", "Reports a fact the agreement does not settle",
            "OMITS", "Says nothing on this point");

    private Verdicts() {
    }

    /** The rating of a verdict judged against the agreement. */
    public static int rating(String verdict) {
        Integer rating = RATING.get(verdict);
        if (rating == null) {
            throw new IllegalArgumentException("no rating for verdict " + verdict);
        }
        return rating;
    }

    /** The verdict in words. */
    public static String words(String verdict) {
        return WORDS.getOrDefault(verdict, verdict);
    }
}
