package dev.parallax.extract;

import dev.parallax.value.InstantValue;
import dev.parallax.value.ValueKind;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds clock times ("00:01", "00.01", "6.30 pm", "midnight", "noon") with the day they fall on: a date written next
 * to them ("00:01 on 6 March"), a weekday ("00.01 Thursday night", read against the publication date), "tonight",
 * or nothing. Early-morning times (before 06:00) without a calendar date fall in the night after the reference day
 * (the signing date, else the publication date). "midnight", "noon" carry a tolerance of 5 minutes.
 */
final class ClockTimes {

    static final Duration WORD_TOLERANCE = Duration.ofMinutes(5);
    private static final int NIGHT_ENDS = 6;

    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\p{N}.,:])([01]?\\d|2[0-3])([:.])([0-5]\\d)(?![\\p{N}]|[.,]\\d)"
                    + "(?:\\s*(a\\.m\\.|p\\.m\\.|am|pm)(?![\\p{L}]))?(?:\\s*(?:hrs|hours|h)(?![\\p{L}]))?"
                    + "(?:\\s*(GMT|UTC|Z)(?![\\p{L}]))?", Pattern.CASE_INSENSITIVE);
    private static final Pattern HOUR_MERIDIEM = Pattern.compile(
            "(?<![\\p{N}.,:])(1[0-2]|0?[1-9])\\s*(a\\.m\\.|p\\.m\\.|am|pm)(?![\\p{L}])(?:\\s*(GMT|UTC)(?![\\p{L}]))?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WORDS = Pattern.compile("(?<![\\p{L}])(midnight|noon|midday)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AFTER = Pattern.compile(
            "\\G[\\s,]*(?:(?:on|of)\\s+)?(?:(tonight|tomorrow|today)|(?:((?i:last|this|next))\\s+)?(" + Dates.WEEKDAY
                    + ")(?:\\s+(night|evening|morning))?)(?![\\p{L}])");
    private static final Pattern AFTER_DATE = Pattern.compile("\\G[\\s,]*(?:(?:on|of)\\s+)?(?:the\\s+)?");
    private static final Pattern BEFORE_DATE = Pattern.compile("[\\s,]*(?:at\\s+)?$", Pattern.CASE_INSENSITIVE);

    private ClockTimes() {
    }

    static List<Mention> find(String text, List<Dates.DateMention> dates, ExtractionInput in) {
        List<Mention> out = new ArrayList<>();
        Matcher m = NUMERIC.matcher(text);
        while (m.find()) {
            if (m.group(2).equals(".") && m.group(1).length() < 2 && m.group(4) == null) {
                continue;                                   // "3.45" is a decimal, "03.45" or "3.45 pm" a time
            }
            int hour = meridiem(Integer.parseInt(m.group(1)), m.group(4));
            add(out, text, dates, in, m.start(), m.end(), LocalTime.of(hour, Integer.parseInt(m.group(3))),
                    Duration.ZERO, m.group(5) != null, Detector.CLOCK);
        }
        m = HOUR_MERIDIEM.matcher(text);
        while (m.find()) {
            int hour = meridiem(Integer.parseInt(m.group(1)), m.group(2));
            add(out, text, dates, in, m.start(), m.end(), LocalTime.of(hour, 0), Duration.ZERO, m.group(3) != null,
                    Detector.CLOCK);
        }
        m = WORDS.matcher(text);
        while (m.find()) {
            LocalTime time = m.group(1).equalsIgnoreCase("midnight") ? LocalTime.MIDNIGHT : LocalTime.NOON;
            add(out, text, dates, in, m.start(), m.end(), time, WORD_TOLERANCE, false, Detector.CLOCK_WORD);
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** The match of {@code p} starting exactly at {@code from} (a \G pattern), or null. */
    static Matcher at(Pattern p, String text, int from) {
        Matcher m = p.matcher(text).region(from, text.length());
        m.useTransparentBounds(true);
        return m.lookingAt() ? m : null;
    }

    private static int meridiem(int hour, String marker) {
        if (marker == null) {
            return hour;
        }
        boolean pm = marker.toLowerCase(Locale.ROOT).startsWith("p");
        return (hour % 12) + (pm ? 12 : 0);
    }

    private static void add(List<Mention> out, String text, List<Dates.DateMention> dates, ExtractionInput in,
                            int start, int end, LocalTime time, Duration tolerance, boolean utc, Detector detector) {
        if (out.stream().anyMatch(x -> x.overlaps(start, end))) {
            return;
        }
        ZoneId zone = utc ? ZoneOffset.UTC : in.zone();
        // a calendar date right after ("00:01 on 6 March") or right before ("6 March at 00:01")
        Matcher gap = at(AFTER_DATE, text, end);
        if (gap != null) {
            for (Dates.DateMention d : dates) {
                if (!d.weekday() && d.start() == gap.end()) {
                    out.add(mention(start, d.end(), d.date(), time, zone, tolerance, detector, "+date"));
                    return;
                }
            }
        }
        for (Dates.DateMention d : dates) {
            if (!d.weekday() && d.end() <= start && start - d.end() <= 6) {
                Matcher between = BEFORE_DATE.matcher(text).region(d.end(), start);
                if (between.matches()) {
                    out.add(mention(d.start(), end, d.date(), time, zone, tolerance, detector, "+date"));
                    return;
                }
            }
        }
        LocalDate reference = in.referenceDate();
        boolean early = time.getHour() < NIGHT_ENDS;
        Matcher after = at(AFTER, text, end);
        if (after != null) {
            String relative = after.group(1);
            if (relative != null) {
                if (reference == null) {
                    return;
                }
                LocalDate day = switch (relative.toLowerCase(Locale.ROOT)) {
                    case "tomorrow" -> reference.plusDays(1);
                    case "tonight" -> early ? reference.plusDays(1) : reference;
                    default -> reference;
                };
                out.add(mention(start, after.end(), day, time, zone, tolerance, detector, "+relative"));
                return;
            }
            LocalDate weekdayReference = in.publishedOn() != null ? in.publishedOn() : null;
            if (weekdayReference != null) {
                LocalDate day = Dates.weekday(after.group(2), after.group(3), weekdayReference);
                if (early && after.group(4) != null && after.group(4).equalsIgnoreCase("night")) {
                    day = day.plusDays(1);
                }
                out.add(mention(start, after.end(), day, time, zone, tolerance, detector, "+weekday"));
                return;
            }
            if (reference == null) {
                return;
            }
            out.add(mention(start, after.end(), early ? reference.plusDays(1) : reference, time, zone, tolerance,
                    detector, "+reference"));
            return;
        }
        if (reference == null) {
            return;
        }
        out.add(mention(start, end, early ? reference.plusDays(1) : reference, time, zone, tolerance,
                detector, "+reference"));
    }

    private static Mention mention(int start, int end, LocalDate day, LocalTime time, ZoneId zone, Duration tolerance,
                                   Detector detector, String detail) {
        return new Mention(ValueKind.INSTANT, start, end,
                new InstantValue(day.atTime(time).atZone(zone).toOffsetDateTime(), tolerance), detector, detail);
    }
}
