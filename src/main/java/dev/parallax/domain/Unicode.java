package dev.parallax.domain;

/** Where a Java string stops being valid Unicode: lone UTF-16 surrogates, and offsets between a pair's halves. */
public final class Unicode {

    private Unicode() {
    }

    /** The offset of the first surrogate without its other half, or -1 when there is none. */
    public static int loneSurrogateAt(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** True when {@code offset} falls between the two halves of one character. */
    public static boolean splitsSurrogatePair(String text, int offset) {
        return offset > 0 && offset < text.length()
                && Character.isHighSurrogate(text.charAt(offset - 1)) && Character.isLowSurrogate(text.charAt(offset));
    }
}
