package dev.parallax.value;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reduces a place or actor name to a comparison key ("The North-Western  Province" -> "north western province"). */
public final class NameNormaliser {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[-_\u2010\u2011\u2012\u2013\u2014]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private NameNormaliser() {
    }

    public static String normalise(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
        s = SEPARATORS.matcher(s).replaceAll(" ");
        s = SPACES.matcher(s).replaceAll(" ").strip();
        if (s.startsWith("the ")) {
            s = s.substring(4).strip();
        }
        return s;
    }
}
