package dev.parallax.source;

import java.text.Normalizer;

/** A source text's deduplication key: the SHA-256 of its canonical form (see {@link #canonical}). */
public final class DedupKey {

    private DedupKey() {
    }

    public static String of(String text) {
        return ContentHash.of(canonical(text));
    }

    /**
     * The text in NFC, without one leading byte order mark (U+FEFF) and without the white space
     * (Unicode White_Space) at its very end. Nothing else is folded: case, inner and leading white
     * space, compatibility forms (NFKC) and zero-width characters inside the text can change meaning.
     * V5__source_dedup_key.sql computes the same form in SQL for rows stored before it.
     */
    static String canonical(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        int start = s.startsWith("\uFEFF") ? 1 : 0;
        int end = s.length();
        while (end > start && isWhiteSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /** Unicode White_Space (all in the BMP); Character.isWhitespace leaves out U+0085, U+00A0, U+2007 and U+202F. */
    static boolean isWhiteSpace(char c) {
        return (c >= '\u0009' && c <= '\r') || c == ' ' || c == '\u0085' || c == '\u00A0' || c == '\u1680'
                || (c >= '\u2000' && c <= '\u200A') || c == '\u2028' || c == '\u2029' || c == '\u202F'
                || c == '\u205F' || c == '\u3000';
    }
}
