package dev.parallax.shingle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits a text into lower-case words (runs of letters and digits); punctuation and spacing do not count. */
public final class Words {

    private Words() {
    }

    /** The words in text order; one pass over the text. */
    public static List<String> of(String text, Operations ops) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean word = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        ops.add(text.length());
        return words;
    }
}
