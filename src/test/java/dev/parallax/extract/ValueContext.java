package dev.parallax.extract;

/** The text around a value that is compared with a facet: its whole sentence, or a few words either side of it. */
enum ValueContext {

    /** The sentence holding the value (the extractor's {@link Sentences}). */
    SENTENCE,
    /** The value's own words and up to {@link #WORDS} words either side of it, inside its sentence. */
    WINDOW;

    /** Words taken either side of the value; fixed before the first run, not tuned. */
    static final int WORDS = 5;

    /** The context of the value at [start, end) of {@code text}. */
    String of(String text, int start, int end) {
        Sentences s = Sentences.of(text);
        int i = s.indexOf(start);
        int from = s.start(i);
        int to = Math.max(s.end(i), Math.min(end, text.length()));
        if (this == SENTENCE) {
            return text.substring(from, to);
        }
        return text.substring(wordsBack(text, from, start), wordsOn(text, Math.min(end, to), to)).strip();
    }

    private static int wordsBack(String text, int floor, int at) {
        int p = at;
        for (int w = 0; w < WORDS && p > floor; w++) {
            while (p > floor && Character.isWhitespace(text.charAt(p - 1))) {
                p--;
            }
            while (p > floor && !Character.isWhitespace(text.charAt(p - 1))) {
                p--;
            }
        }
        return p;
    }

    private static int wordsOn(String text, int at, int ceiling) {
        int p = at;
        for (int w = 0; w < WORDS && p < ceiling; w++) {
            while (p < ceiling && Character.isWhitespace(text.charAt(p))) {
                p++;
            }
            while (p < ceiling && !Character.isWhitespace(text.charAt(p))) {
                p++;
            }
        }
        return p;
    }
}
