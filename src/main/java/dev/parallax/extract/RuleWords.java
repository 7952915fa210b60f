package dev.parallax.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Puts a suggestion's rule ("length+follow+cue") into words a reviewer reads, one phrase per step. */
public final class RuleWords {

    private static final Map<String, String> STEPS = Map.ofEntries(
            Map.entry("count", "a number of things found in the text"),
            Map.entry("length", "a length found in the text"),
            Map.entry("duration", "a duration found in the text"),
            Map.entry("percent", "a percentage found in the text"),
            Map.entry("mass", "a mass found in the text"),
            Map.entry("duration-indefinite", "an open-ended duration (\"indefinitely\") found in the text"),
            Map.entry("clock", "a clock time found in the text"),
            Map.entry("clock-word", "a time in words (\"midnight\") found in the text"),
            Map.entry("date", "a date found in the text"),
            Map.entry("weekday", "a weekday resolved against the publication date"),
            Map.entry("name", "one of the facet's names or aliases"),
            Map.entry("assertion", "one of the facet's assertion phrases (false when negated just before)"),
            Map.entry("text", "one of the facet's text phrases"),
            Map.entry("conversion", "with a unit conversion beside it"),
            Map.entry("date+", "on the date written next to it"),
            Map.entry("relative", "on a day named relative to the agreement's date (\"tomorrow\")"),
            Map.entry("reference", "on the night after the agreement's date"),
            Map.entry("follow", "followed by one of the facet's follow patterns"),
            Map.entry("precede", "preceded by one of the facet's precede patterns"),
            Map.entry("cue", "with one of the facet's cue words nearby"),
            Map.entry("align", "matched to the facet by the words around it (the facet's label, description, names and"
                    + " clause)"));

    private RuleWords() {
    }

    /** The rule in words, steps joined by "; "; an unknown step is kept as it is. */
    public static String explain(String rule) {
        String[] steps = rule.split("\\+");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < steps.length; i++) {
            String step = i > 0 && steps[i].equals("date") ? "date+" : i > 0 && steps[i].equals("weekday")
                    ? "weekday-of" : steps[i];
            out.add(step.equals("weekday-of") ? "on the weekday named next to it"
                    : STEPS.getOrDefault(step, steps[i]));
        }
        return String.join("; ", out);
    }
}
