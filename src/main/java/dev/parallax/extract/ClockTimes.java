package dev.parallax.extract;

import dev.parallax.value.InstantValue;
import dev.parallax.value.ValueKind;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /** A clock time as written at [start, end), before its day is known. */
    private record Reading(int start, int end, LocalTime time, ZoneId zone, Detector detector) {

        /** Early-morning times belong to the night after the day they are read against. */
        boolean early() {
            return time.getHour() < NIGHT_ENDS;
        }

        LocalDate nightAfter(LocalDate day) {
            return early() ? day.plusDays(1) : day;
        }

        // a time in words ("midnight") is approximate; null for a moment outside the years a value may hold
        Mention on(LocalDate day, int from, int to, String how) {
            Duration tolerance = detector == Detector.CLOCK_WORD ? WORD_TOLERANCE : Duration.ZERO;
            OffsetDateTime at = day.atTime(time).atZone(zone).toOffsetDateTime();
            if (!InstantValue.inRange(at)) {
                return null;
            }
            return new Mention(ValueKind.INSTANT, from, to, new InstantValue(at, tolerance), detector, how);
        }
    }

    /**
     * What places a reading on a day: the text, its calendar dates (in text order, none overlapping, so their ends are
     * in order too), the input's reference and publication dates.
     */
    private record Context(String text, List<Dates.DateMention> dates, int[] dateEnds,
                           Map<Integer, Dates.DateMention> dateAt, ExtractionInput in) {

        static Context of(String text, List<Dates.DateMention> dates, ExtractionInput in) {
            Map<Integer, Dates.DateMention> at = new HashMap<>();
            dates.forEach(d -> at.put(d.start(), d));
            return new Context(text, dates, dates.stream().mapToInt(Dates.DateMention::end).toArray(), at, in);
        }
    }

    private ClockTimes() {
    }

    /** Clock times in text order, each on its day; a time nothing places on a day is left out. */
    static List<Mention> find(String text, List<Dates.DateMention> dates, ExtractionInput in) {
        Context cx = Context.of(text, dates, in);
        List<Mention> out = new ArrayList<>();
        Spans taken = new Spans();
        for (Reading r : readings(text, in.zone())) {
            if (!taken.overlaps(r.start(), r.end())) {
                Mention m = place(cx, r);
                if (m != null) {
                    out.add(m);
                    taken.add(m.start(), m.end());
                }
            }
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

    // numeric times first, then "6 pm", then words; a later one overlapping an earlier one is dropped by find
    private static List<Reading> readings(String text, ZoneId local) {
        List<Reading> out = new ArrayList<>();
        Matcher m = NUMERIC.matcher(text);
        while (m.find()) {
            if (m.group(2).equals(".") && m.group(1).length() < 2 && m.group(4) == null) {
                continue;                                   // "3.45" is a decimal, "03.45" or "3.45 pm" a time
            }
            LocalTime time = LocalTime.of(meridiem(m.group(1), m.group(4)), Integer.parseInt(m.group(3)));
            out.add(new Reading(m.start(), m.end(), time, zone(m.group(5), local), Detector.CLOCK));
        }
        m = HOUR_MERIDIEM.matcher(text);
        while (m.find()) {
            LocalTime time = LocalTime.of(meridiem(m.group(1), m.group(2)), 0);
            out.add(new Reading(m.start(), m.end(), time, zone(m.group(3), local), Detector.CLOCK));
        }
        m = WORDS.matcher(text);
        while (m.find()) {
            LocalTime time = m.group(1).equalsIgnoreCase("midnight") ? LocalTime.MIDNIGHT : LocalTime.NOON;
            out.add(new Reading(m.start(), m.end(), time, local, Detector.CLOCK_WORD));
        }
        return out;
    }

    // "22:01 GMT" is UTC whatever the agreement's zone
    private static ZoneId zone(String utcMarker, ZoneId local) {
        return utcMarker != null ? ZoneOffset.UTC : local;
    }

    private static int meridiem(String hourText, String marker) {
        int hour = Integer.parseInt(hourText);
        if (marker == null) {
            return hour;
        }
        boolean pm = marker.toLowerCase(Locale.ROOT).startsWith("p");
        return (hour % 12) + (pm ? 12 : 0);
    }

    /** The reading on its day, or null when nothing in the text or the input gives one. */
    private static Mention place(Context cx, Reading r) {
        Mention dated = dateAfter(cx, r);
        if (dated == null) {
            dated = dateBefore(cx, r);
        }
        if (dated != null) {
            return dated;
        }
        Matcher after = at(AFTER, cx.text(), r.end());
        if (after != null) {
            return dayWord(cx, r, after);
        }
        LocalDate reference = cx.in().referenceDate();
        return reference == null ? null : r.on(r.nightAfter(reference), r.start(), r.end(), "+reference");
    }

    // "00:01 on 6 March"
    private static Mention dateAfter(Context cx, Reading r) {
        Matcher gap = at(AFTER_DATE, cx.text(), r.end());
        Dates.DateMention d = gap == null ? null : cx.dateAt().get(gap.end());
        return d == null || d.weekday() ? null : r.on(d.date(), r.start(), d.end(), "+date");
    }

    // "6 March at 00:01"
    private static Mention dateBefore(Context cx, Reading r) {
        int[] ends = cx.dateEnds();
        int i = Arrays.binarySearch(ends, r.start() - 6);
        for (i = i >= 0 ? i : -i - 1; i < ends.length && ends[i] <= r.start(); i++) {
            Dates.DateMention d = cx.dates().get(i);
            if (!d.weekday() && d.end() <= r.start() && r.start() - d.end() <= 6
                    && BEFORE_DATE.matcher(cx.text()).region(d.end(), r.start()).matches()) {
                return r.on(d.date(), d.start(), r.end(), "+date");
            }
        }
        return null;
    }

    // "tonight", "tomorrow", "today" (read against the reference date) or "Thursday night" (the publication date)
    private static Mention dayWord(Context cx, Reading r, Matcher after) {
        LocalDate reference = cx.in().referenceDate();
        LocalDate published = cx.in().publishedOn();
        if (after.group(1) != null) {
            return reference == null ? null
                    : r.on(relativeDay(after.group(1), reference, r), r.start(), after.end(), "+relative");
        }
        if (published != null) {
            return r.on(weekday(after, published, r), r.start(), after.end(), "+weekday");
        }
        return reference == null ? null : r.on(r.nightAfter(reference), r.start(), after.end(), "+reference");
    }

    private static LocalDate relativeDay(String word, LocalDate reference, Reading r) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "tomorrow" -> reference.plusDays(1);
            case "tonight" -> r.nightAfter(reference);
            default -> reference;
        };
    }

    // "00.01 Thursday night" is early on Friday
    private static LocalDate weekday(Matcher after, LocalDate published, Reading r) {
        LocalDate day = Dates.weekday(after.group(2), after.group(3), published);
        boolean night = after.group(4) != null && after.group(4).equalsIgnoreCase("night");
        return r.early() && night ? day.plusDays(1) : day;
    }
}
