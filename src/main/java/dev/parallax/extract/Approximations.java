package dev.parallax.extract;

import dev.parallax.value.Approximation;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the hedge written just before a number: "nearly", "around", "some", "over", "more than", "up to", ... */
final class Approximations {

    /** The hedge found and where its first word starts. */
    record Hedge(Approximation approximation, int start) {
    }

    private static final Pattern BEFORE = Pattern.compile(
            "(?<![\\p{L}])(just over|just under|more than|greater than|upwards of|in excess of|at least|no fewer than"
                    + "|no less than|at most|up to|as many as|as much as|within|less than|fewer than|close to"
                    + "|an estimated|nearly|almost|about|around|some|roughly|approximately|approx\\.|circa|over"
                    + "|under|below|above|only|exactly|precisely)\\s+$",
            Pattern.CASE_INSENSITIVE);
    private static final int LOOK_BACK = 24;

    private Approximations() {
    }

    /** The hedge ending right before {@code numberStart} (only white space between), or EXACT at numberStart. */
    static Hedge before(String text, int numberStart, int floor) {
        int from = Math.max(floor, numberStart - LOOK_BACK);
        Matcher m = BEFORE.matcher(text).region(from, numberStart);
        m.useTransparentBounds(true);
        if (!m.find()) {
            return new Hedge(Approximation.EXACT, numberStart);
        }
        return new Hedge(of(m.group(1)), m.start(1));
    }

    static Approximation of(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "nearly", "almost", "close to", "just under" -> Approximation.NEARLY;
            case "about", "around", "some", "roughly", "approximately", "approx.", "circa", "an estimated" ->
                    Approximation.ABOUT;
            case "over", "more than", "greater than", "upwards of", "in excess of", "just over", "above" ->
                    Approximation.OVER;
            case "at least", "no fewer than", "no less than" -> Approximation.AT_LEAST;
            case "up to", "as many as", "as much as", "within", "at most" -> Approximation.UP_TO;
            case "under", "less than", "fewer than", "below" -> Approximation.UNDER;
            default -> Approximation.EXACT;                     // "only", "exactly", "precisely"
        };
    }
}
