package dev.parallax.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a text into sentences: at line breaks, and after '.', '!' or '?' (with any closing quotes or brackets) followed
 * by white space and a capital, digit, opening quote or bullet. Decimal points ("3.7", "00.01") and common
 * abbreviations ("Mr.", "U.S.", "Sen.") do not end a sentence. Offsets are UTF-16, end exclusive, trimmed.
 */
final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov",
            "gen", "col", "lt", "sgt", "st", "jr", "sr", "no", "vs", "etc", "inc", "ltd", "co", "corp", "dept", "est",
            "approx", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    private final int[] starts;
    private final int[] ends;

    private Sentences(int[] starts, int[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    static Sentences of(String text) {
        List<int[]> spans = new ArrayList<>();
        int n = text.length();
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                add(text, start, i, spans);
                start = i + 1;
            } else if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i)) {
                int j = i + 1;
                while (j < n && isCloser(text.charAt(j))) {
                    j++;
                }
                add(text, start, j, spans);
                start = j;
                i = j - 1;
            }
        }
        add(text, start, n, spans);
        int[] s = new int[spans.size()];
        int[] e = new int[spans.size()];
        for (int k = 0; k < spans.size(); k++) {
            s[k] = spans.get(k)[0];
            e[k] = spans.get(k)[1];
        }
        return new Sentences(s, e);
    }

    int count() {
        return starts.length;
    }

    int start(int index) {
        return starts[index];
    }

    int end(int index) {
        return ends[index];
    }

    /** The index of the sentence holding offset {@code pos} (or the nearest one before it), -1 if none. */
    int indexOf(int pos) {
        int i = Arrays.binarySearch(starts, pos);
        if (i >= 0) {
            return i;
        }
        int before = -i - 2;
        if (before < 0) {
            return starts.length == 0 ? -1 : 0;
        }
        return before;
    }

    private static boolean endsSentence(String text, int i) {
        return newSentenceFollows(text, i) && (text.charAt(i) != '.' || !endsAbbreviation(text, i));
    }

    // closing quotes or brackets, white space, then a capital, digit, opening quote or bullet (or a line break)
    private static boolean newSentenceFollows(String text, int i) {
        int n = text.length();
        int j = i + 1;
        while (j < n && isCloser(text.charAt(j))) {
            j++;
        }
        if (j < n && !Character.isWhitespace(text.charAt(j))) {
            return false;                      // "3.7", "00.01", "U.S.-backed"
        }
        while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j++;
        }
        if (j >= n || text.charAt(j) == '\n' || text.charAt(j) == '\r') {
            return true;
        }
        char next = text.charAt(j);
        return Character.isUpperCase(next) || Character.isDigit(next) || isOpener(next);
    }

    // "Mr.", "Sen.", and single letters as in "U.S." or initials "J. Smith"
    private static boolean endsAbbreviation(String text, int dot) {
        int w = dot;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        String word = text.substring(w, dot).toLowerCase(Locale.ROOT);
        return ABBREVIATIONS.contains(word) || (word.length() == 1 && Character.isUpperCase(text.charAt(w)));
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')' || c == ']' || c == '.';
    }

    private static boolean isOpener(char c) {
        return c == '"' || c == '\'' || c == '\u201C' || c == '\u2018' || c == '(' || c == '[' || c == '\u2022'
                || c == '-' || c == '\u2013' || c == '\u2014';
    }

    private static void add(String text, int start, int end, List<int[]> spans) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            spans.add(new int[] {start, end});
        }
    }
}
