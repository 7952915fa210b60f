package dev.parallax.extract;

import dev.parallax.value.Approximation;
import dev.parallax.value.Quantity;
import dev.parallax.value.ValueKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns numbers into quantities: a unit right after makes a LENGTH ("12-km", "6km (3.7 miles)", "12-kilometre",
 * "seven-mile") or a DURATION ("six-hour", "six hours", "within seven days", "in a week"); any other number is a
 * COUNT. The hedge before the number ("nearly", "more than", "within", ...) sets the approximation and joins the span.
 * A length followed by its conversion in brackets is one mention with the first value.
 */
final class Quantities {

    private static final Pattern LENGTH_UNIT = Pattern.compile(
            "\\G\\s*-?\\s*(kilometres|kilometers|kilometre|kilometer|kms|km|miles|mile|mi|metres|meters|metre|meter|m)"
                    + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);
    private static final Pattern DURATION_UNIT = Pattern.compile(
            "\\G\\s*-?\\s*(hours|hour|hrs|hr|days|day|weeks|week|minutes|minute|mins|min)(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CONVERSION = Pattern.compile(
            "\\G\\s*\\(\\s*(?:about\\s+|around\\s+|some\\s+|nearly\\s+)?[\\d.,]+\\s*-?\\s*(?:kilometres|kilometers|km|miles"
                    + "|mile|mi|metres|meters|m|feet|ft|yards|yd)\\s*\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ONE_UNIT = Pattern.compile(
            "(?<![\\p{L}])(in|within|for|after|over)\\s+(a|an|one)\\s+(hour|day|week|minute)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);

    private Quantities() {
    }

    /** Quantities in the text, skipping numbers inside {@code taken} mentions (dates, clock times). */
    static List<Mention> find(String text, List<Numbers.NumberMention> numbers, List<Mention> taken) {
        List<Mention> out = new ArrayList<>();
        Matcher one = ONE_UNIT.matcher(text);
        while (one.find()) {
            int s = one.start(2);
            int e = one.end();
            if (overlapsAny(taken, s, e)) {
                continue;
            }
            String lead = one.group(1).toLowerCase(Locale.ROOT);
            Approximation approx = switch (lead) {
                case "within" -> Approximation.UP_TO;
                case "over" -> Approximation.OVER;
                default -> Approximation.EXACT;
            };
            int start = lead.equals("in") || lead.equals("for") || lead.equals("after") ? s : one.start();
            out.add(new Mention(ValueKind.DURATION, start, e, new Quantity(ValueKind.DURATION, BigDecimal.ONE,
                    durationUnit(one.group(3)), approx), Detector.DURATION_INDEFINITE));
        }
        for (Numbers.NumberMention n : numbers) {
            if (overlapsAny(taken, n.start(), n.end()) || overlapsAny(out, n.start(), n.end())) {
                continue;
            }
            int floor = 0;
            Approximations.Hedge hedge = Approximations.before(text, n.start(), floor);
            Matcher length = ClockTimes.at(LENGTH_UNIT, text, n.end());
            Matcher duration = length != null ? null : ClockTimes.at(DURATION_UNIT, text, n.end());
            if (length != null) {
                int end = length.end();
                Matcher conv = ClockTimes.at(CONVERSION, text, end);
                String detail = "";
                if (conv != null) {
                    end = conv.end();
                    detail = "+conversion";
                }
                out.add(new Mention(ValueKind.LENGTH, hedge.start(), end, new Quantity(ValueKind.LENGTH, n.value(),
                        lengthUnit(length.group(1)), hedge.approximation()), Detector.LENGTH, detail));
            } else if (duration != null) {
                out.add(new Mention(ValueKind.DURATION, hedge.start(), duration.end(), new Quantity(
                        ValueKind.DURATION, n.value(), durationUnit(duration.group(1)), hedge.approximation()),
                        Detector.DURATION));
            } else {
                out.add(new Mention(ValueKind.COUNT, hedge.start(), n.end(), new Quantity(ValueKind.COUNT, n.value(),
                        "", hedge.approximation()), Detector.COUNT));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    static String lengthUnit(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("k")) {
            return "km";
        }
        if (w.startsWith("mi")) {
            return "mi";
        }
        return "m";
    }

    static String durationUnit(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("h")) {
            return "h";
        }
        if (w.startsWith("d")) {
            return "day";
        }
        if (w.startsWith("w")) {
            return "week";
        }
        return "min";
    }

    private static boolean overlapsAny(List<Mention> mentions, int s, int e) {
        for (Mention m : mentions) {
            if (m.overlaps(s, e)) {
                return true;
            }
        }
        return false;
    }
}
