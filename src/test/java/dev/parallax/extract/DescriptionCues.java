package dev.parallax.extract;

import dev.parallax.seed.SeedCorpus;
import dev.parallax.value.ValueKind;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An experiment, not used by the service: hints derived from a facet's own label and description, as an operator
 * who writes no hints would leave them. Every content word (4+ letters, not a stop word) becomes a cue by its first
 * five letters ("prisoners" -> "priso", matching "prison" and "prisoner"), to be found in the value's sentence. Only
 * number, duration, time and date facets without hints get them (names already find their places and actors).
 * The rule was fixed on the tuning half before the held-back half was run.
 */
final class DescriptionCues {

    private static final int STEM = 5;
    private static final Set<String> STOP = Set.of("about", "after", "agreement", "before", "between", "context",
            "date", "does", "during", "each", "every", "from", "have", "into", "many", "more", "much", "long", "once",
            "other", "point", "settle", "settles", "than", "that", "their", "them", "there", "they", "this", "time",
            "what", "when", "where", "which", "while", "with", "within", "would", "day", "days");

    private DescriptionCues() {
    }

    static Map<String, Object> of(SeedCorpus.FacetSeed f) {
        ValueKind kind = ValueKind.valueOf(f.kind());
        boolean wanted = kind.isQuantity() || kind == ValueKind.INSTANT || kind == ValueKind.DATE;
        if (!wanted || !f.extract().isEmpty()) {
            return f.extract();
        }
        Set<String> cues = new LinkedHashSet<>();
        String words = (f.label() == null ? "" : f.label()) + " " + (f.description() == null ? "" : f.description());
        for (String w : words.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() >= 4 && !STOP.contains(w)) {
                cues.add(Pattern.quote(w.substring(0, Math.min(STEM, w.length()))));
            }
        }
        return cues.isEmpty() ? Map.of() : Map.of("cues", List.copyOf(cues));
    }
}
