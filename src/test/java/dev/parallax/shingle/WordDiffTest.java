package dev.parallax.shingle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Word-level diffs name the changed passages only. */
class WordDiffTest {

    @Test
    void aChangedFigureIsOnePassage() {
        assertThat(WordDiff.changes("set up a 12-kilometer security corridor along the road",
                "set up a seven-mile security corridor along the road"))
                .containsExactly(new TextChange("12-kilometer", "seven-mile", 3));
    }

    @Test
    void addedAndRemovedWordsHaveAnEmptySide() {
        assertThat(WordDiff.changes("talks that lasted more than six hours", "talks that lasted six hours"))
                .containsExactly(new TextChange("more than", "", 3));
        assertThat(WordDiff.changes("a truce", "a truce (Reporting by the desk)"))
                .containsExactly(new TextChange("", "(Reporting by the desk)", 2));
    }

    @Test
    void sameWordsDifferentSpacingIsNoChange() {
        assertThat(WordDiff.changes("a  truce\nat midnight", "a truce at midnight ")).isEmpty();
    }
}
