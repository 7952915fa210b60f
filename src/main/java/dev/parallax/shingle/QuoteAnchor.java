package dev.parallax.shingle;

/**
 * Finds a quote again in a changed text: among the places where the exact quote occurs, the one whose
 * surroundings best match the quote's stored prefix and suffix (ties: the earliest).
 */
public final class QuoteAnchor {

    private QuoteAnchor() {
    }

    /** The quote's new start offset, or -1 when the exact quote no longer occurs. */
    public static int find(String text, String exact, String prefix, String suffix) {
        if (exact.isEmpty()) {
            return -1;
        }
        int best = -1;
        int bestScore = -1;
        for (int at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
            int score = commonSuffix(text, at, prefix) + commonPrefix(text, at + exact.length(), suffix);
            if (score > bestScore) {
                best = at;
                bestScore = score;
            }
        }
        return best;
    }

    // How many characters of prefix, read backwards from its end, stand right before offset end.
    private static int commonSuffix(String text, int end, String prefix) {
        int n = 0;
        while (n < prefix.length() && end - n - 1 >= 0
                && text.charAt(end - n - 1) == prefix.charAt(prefix.length() - n - 1)) {
            n++;
        }
        return n;
    }

    private static int commonPrefix(String text, int start, String suffix) {
        int n = 0;
        while (n < suffix.length() && start + n < text.length() && text.charAt(start + n) == suffix.charAt(n)) {
            n++;
        }
        return n;
    }
}
