package dev.parallax.claim;

/** The few characters either side of a quote, stored with it so the quote can be re-anchored. */
public final class QuoteContext {

    public static final int WIDTH = 32;

    private QuoteContext() {
    }

    public static String prefix(String text, int start) {
        return text.substring(Math.max(0, start - WIDTH), start);
    }

    public static String suffix(String text, int end) {
        return text.substring(end, Math.min(text.length(), end + WIDTH));
    }
}
