package dev.parallax.shingle;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.Arrays;
import java.util.List;

/**
 * The passages that differ between two texts, word by word (java-diff-utils' Myers diff over white-space separated
 * words, punctuation kept with its word): "12-kilometer" to "seven-mile" is one change.
 */
public final class WordDiff {

    private WordDiff() {
    }

    public static List<TextChange> changes(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        return DiffUtils.diff(a, b).getDeltas().stream().map(WordDiff::change).toList();
    }

    private static TextChange change(AbstractDelta<String> delta) {
        return new TextChange(String.join(" ", delta.getSource().getLines()),
                String.join(" ", delta.getTarget().getLines()), delta.getSource().getPosition());
    }

    private static List<String> tokens(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? List.of() : Arrays.asList(trimmed.split("\\s+"));
    }
}
