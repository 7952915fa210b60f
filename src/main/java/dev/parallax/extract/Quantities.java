package dev.parallax.extract;

import dev.parallax.value.Approximation;
import dev.parallax.value.Quantity;
import dev.parallax.value.ValueKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns numbers into quantities: a unit right after makes a LENGTH ("12-km", "6km (3.7 miles)", "12-kilometre",
 * "seven-mile"), a DURATION ("six-hour", "six hours", "within seven days", "in a week", "18-month", "two-year",
 * "for a year", "within fourteen (14) months"), a PERCENT ("3.67 %", "20 per cent") or a MASS ("300 kg", "10 metric
 * tons"); any other number is a COUNT. The hedge before the number ("nearly", "more than", "within", ...) sets the
 * approximation and joins the span. A length followed by its conversion in brackets is one mention with the first
 * value. A range ("dozens", "millions of tonnes") keeps both ends.
 */
final class Quantities {

    private static final Pattern LENGTH_UNIT = unitAfterNumber(
            "kilometres|kilometers|kilometre|kilometer|kms|km|miles|mile|mi|metres|meters|metre|meter|m");
    private static final Pattern DURATION_UNIT = unitAfterNumber(
            "hours|hour|hrs|hr|days|day|weeks|week|minutes|minute|mins|min|months|month|mths|mth|years|year|yrs|yr");
    private static final Pattern PERCENT_UNIT = Pattern.compile(
            "\\G\\s*(%|per\\s?cent(?![\\p{L}])|pct(?![\\p{L}]))", Pattern.CASE_INSENSITIVE);
    // "t" only right after the digits ("300t"); "metric tons" is a tonne, and so, in the press, are "tons"
    private static final Pattern MASS_UNIT = Pattern.compile("\\G(?:\\s*-?\\s*(kilogrammes|kilogramme|kilograms|kilogram"
            + "|kgs|kg|(?:metric\\s+)?tonnes|(?:metric\\s+)?tonne|(?:metric\\s+)?tons|(?:metric\\s+)?ton|grams|gram"
            + "|lbs|lb)|(t))(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONVERSION = Pattern.compile(
            "\\G\\s*\\(\\s*(?:about\\s+|around\\s+|some\\s+|nearly\\s+)?[\\d.,]+\\s*-?\\s*(?:kilometres|kilometers|km|miles"
                    + "|mile|mi|metres|meters|m|feet|ft|yards|yd)\\s*\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ONE_UNIT = Pattern.compile(
            "(?<![\\p{L}])(in|within|for|after|over)\\s+(a|an|one)\\s+(hour|day|week|minute|month|year)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);

    private static final List<Map.Entry<String, String>> LENGTH_UNITS = List.of(Map.entry("k", "km"),
            Map.entry("mi", "mi"), Map.entry("", "m"));
    private static final List<Map.Entry<String, String>> DURATION_UNITS = List.of(Map.entry("h", "h"),
            Map.entry("d", "day"), Map.entry("w", "week"), Map.entry("mo", "month"), Map.entry("mth", "month"),
            Map.entry("y", "year"), Map.entry("", "min"));
    // "hundreds of kilometres": the unit of a range may follow "of"
    private static final Pattern OF = Pattern.compile("\\G\\s+of(?=\\s)", Pattern.CASE_INSENSITIVE);
    // "fourteen (14) months": the figure repeated in digits, as treaties and some reports write it
    private static final Pattern ECHO = Pattern.compile("\\G\\s*\\(\\s*(\\d{1,18})\\s*\\)");

    private Quantities() {
    }

    /** Quantities in the text, skipping numbers inside {@code taken} mentions (dates, clock times). */
    static List<Mention> find(String text, List<Numbers.NumberMention> numbers, List<Mention> taken) {
        Spans takenSpans = Article.spans(taken);
        List<Mention> out = indefinite(text, takenSpans);
        Spans outSpans = Article.spans(out);
        for (Numbers.NumberMention n : numbers) {
            if (!takenSpans.overlaps(n.start(), n.end()) && !outSpans.overlaps(n.start(), n.end())) {
                Mention q = quantity(text, n);
                out.add(q);
                outSpans.add(q.start(), q.end());
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    static String lengthUnit(String word) {
        return unit(word, LENGTH_UNITS);
    }

    static String durationUnit(String word) {
        return unit(word, DURATION_UNITS);
    }

    // "in a week", "for an hour", "within a day"
    private static List<Mention> indefinite(String text, Spans taken) {
        List<Mention> out = new ArrayList<>();
        Matcher one = ONE_UNIT.matcher(text);
        while (one.find()) {
            if (taken.overlaps(one.start(2), one.end())) {
                continue;
            }
            Approximation approx = Approximations.of(one.group(1));
            int start = approx == Approximation.EXACT ? one.start(2) : one.start();   // "within" joins, "in" not
            out.add(new Mention(ValueKind.DURATION, start, one.end(), new Quantity(ValueKind.DURATION, BigDecimal.ONE,
                    durationUnit(one.group(3)), approx), Detector.DURATION_INDEFINITE));
        }
        return out;
    }

    // a length, else a duration, else a count; the hedge before the number joins the span
    private static Mention quantity(String text, Numbers.NumberMention n) {
        Approximations.Hedge hedge = Approximations.before(text, n.start(), 0);
        if (n.to() != null) {
            return range(text, n, hedge);
        }
        Matcher length = ClockTimes.at(LENGTH_UNIT, text, n.end());
        if (length != null) {
            Quantity q = new Quantity(ValueKind.LENGTH, n.value(), lengthUnit(length.group(1)), hedge.approximation());
            Matcher conv = ClockTimes.at(CONVERSION, text, length.end());
            return conv == null ? new Mention(ValueKind.LENGTH, hedge.start(), length.end(), q, Detector.LENGTH)
                    : new Mention(ValueKind.LENGTH, hedge.start(), conv.end(), q, Detector.LENGTH, "+conversion");
        }
        Matcher duration = ClockTimes.at(DURATION_UNIT, text, echoEnd(text, n));
        if (duration != null && Quantity.withinLimit(ValueKind.DURATION, n.value(), durationUnit(duration.group(1)))) {
            Quantity q = new Quantity(ValueKind.DURATION, n.value(), durationUnit(duration.group(1)),
                    hedge.approximation());
            return new Mention(ValueKind.DURATION, hedge.start(), duration.end(), q, Detector.DURATION);
        }
        Mention other = percentOrMass(text, n.value(), null, hedge.approximation(), hedge.start(), n.end());
        if (other != null) {
            return other;
        }
        Quantity q = new Quantity(ValueKind.COUNT, n.value(), "", hedge.approximation());
        return new Mention(ValueKind.COUNT, hedge.start(), n.end(), q, Detector.COUNT);
    }

    // "dozens", "thousands of kilometres": a range; only "about", "some", ... may hedge it ("some dozens")
    private static Mention range(String text, Numbers.NumberMention n, Approximations.Hedge hedge) {
        Approximation approx = hedge.approximation() == Approximation.ABOUT ? Approximation.ABOUT : Approximation.EXACT;
        int start = approx == Approximation.ABOUT ? hedge.start() : n.start();
        Matcher of = ClockTimes.at(OF, text, n.end());
        int unitFrom = of == null ? n.end() : of.end();
        Matcher length = ClockTimes.at(LENGTH_UNIT, text, unitFrom);
        if (length != null) {
            return new Mention(ValueKind.LENGTH, start, length.end(), new Quantity(ValueKind.LENGTH, n.value(),
                    lengthUnit(length.group(1)), approx, n.to()), Detector.LENGTH);
        }
        Matcher duration = ClockTimes.at(DURATION_UNIT, text, unitFrom);
        if (duration != null && Quantity.withinLimit(ValueKind.DURATION, n.to(), durationUnit(duration.group(1)))) {
            return new Mention(ValueKind.DURATION, start, duration.end(), new Quantity(ValueKind.DURATION, n.value(),
                    durationUnit(duration.group(1)), approx, n.to()), Detector.DURATION);
        }
        Mention other = percentOrMass(text, n.value(), n.to(), approx, start, unitFrom);
        if (other != null) {
            return other;
        }
        return new Mention(ValueKind.COUNT, start, n.end(), new Quantity(ValueKind.COUNT, n.value(), "", approx, n.to()),
                Detector.COUNT);
    }

    // "3.67 %", "3.67 percent", "per cent"; "300 kg", "300kg", "25 million tons", "10 metric tons", "300t"
    private static Mention percentOrMass(String text, BigDecimal amount, BigDecimal to, Approximation approx,
                                         int start, int unitFrom) {
        Matcher percent = ClockTimes.at(PERCENT_UNIT, text, unitFrom);
        if (percent != null) {
            return new Mention(ValueKind.PERCENT, start, percent.end(),
                    new Quantity(ValueKind.PERCENT, amount, "%", approx, to), Detector.PERCENT);
        }
        Matcher mass = ClockTimes.at(MASS_UNIT, text, unitFrom);
        if (mass != null) {
            return new Mention(ValueKind.MASS, start, mass.end(),
                    new Quantity(ValueKind.MASS, amount, massUnit(mass), approx, to), Detector.MASS);
        }
        return null;
    }

    private static String massUnit(MatchResult mass) {
        if (mass.group(2) != null) {
            return "t";
        }
        String w = mass.group(1).toLowerCase(Locale.ROOT);
        if (w.startsWith("k")) {
            return "kg";
        }
        if (w.startsWith("g")) {
            return "g";
        }
        return w.startsWith("lb") ? "lb" : "t";
    }

    // after "fourteen (14)", where the unit is read; the number's end when no echo of its value follows
    private static int echoEnd(String text, Numbers.NumberMention n) {
        Matcher echo = ClockTimes.at(ECHO, text, n.end());
        return echo != null && new BigDecimal(echo.group(1)).compareTo(n.value()) == 0 ? echo.end() : n.end();
    }

    // "12-km", "6km", "six hours": one of the units right after the number
    private static Pattern unitAfterNumber(String units) {
        return Pattern.compile("\\G\\s*-?\\s*(" + units + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);
    }

    // the unit of the first prefix the word starts with; the last prefix is empty
    private static String unit(String word, List<Map.Entry<String, String>> byPrefix) {
        String w = word.toLowerCase(Locale.ROOT);
        return byPrefix.stream().filter(e -> w.startsWith(e.getKey())).findFirst().orElseThrow().getValue();
    }
}
