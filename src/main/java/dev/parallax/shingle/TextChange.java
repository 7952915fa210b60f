package dev.parallax.shingle;

/** One changed passage between two texts: the words before and after (either may be empty), and where it starts. */
public record TextChange(String before, String after, int wordIndex) {
}
