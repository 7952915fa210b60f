package dev.parallax.extract;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds calendar dates: "15 March", "March 15", "15th of March 2020", "2020-03-15", and, when a publication date is
 * known, weekdays ("Thursday", "last Thursday"). A date without a year takes the reference date's year.
 */
final class Dates {

    /** A date at [start, end); {@code weekday} marks dates read from a weekday word. */
    record DateMention(int start, int end, LocalDate date, boolean weekday) {
    }

    static final String MONTH = "January|February|March|April|May|June|July|August|September|October|November"
            + "|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?";
    static final String WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

    private static final Pattern DAY_MONTH = Pattern.compile("(?<![\\p{L}\\p{N}])(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?("
            + MONTH + ")(?![\\p{L}])(?:,?\\s+(\\d{4})(?![\\p{N}]))?");
    private static final Pattern MONTH_DAY = Pattern.compile("(?<![\\p{L}])(" + MONTH
            + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\p{L}\\p{N}])(?:,?\\s+(\\d{4})(?![\\p{N}]))?");
    private static final Pattern ISO = Pattern.compile("(?<![\\p{N}-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\p{N}])");
    private static final Pattern WEEKDAYS = Pattern.compile("(?<![\\p{L}])(?:(?i:(last|this|next|on))\\s+)?("
            + WEEKDAY + ")(?![\\p{L}])");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));

    private Dates() {
    }

    /** Calendar dates and (with {@code publishedOn}) weekdays, in order, not overlapping. */
    static List<DateMention> find(String text, LocalDate reference, LocalDate publishedOn) {
        Found out = new Found();
        Matcher m = DAY_MONTH.matcher(text);
        while (m.find()) {
            add(out, m, date(m.group(3), month(m.group(2)), m.group(1), reference));
        }
        m = MONTH_DAY.matcher(text);
        while (m.find()) {
            add(out, m, date(m.group(3), month(m.group(1)), m.group(2), reference));
        }
        m = ISO.matcher(text);
        while (m.find()) {
            add(out, m, date(m.group(1), Integer.parseInt(m.group(2)), m.group(3), reference));
        }
        if (publishedOn != null) {
            addWeekdays(out, text, publishedOn);
        }
        out.list.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out.list;
    }

    /** The date a weekday word means, read against {@code reference} (usually the publication date). */
    static LocalDate weekday(String qualifier, String dayName, LocalDate reference) {
        DayOfWeek day = DayOfWeek.valueOf(dayName.toUpperCase(Locale.ROOT));
        String q = qualifier == null ? "" : qualifier.toLowerCase(Locale.ROOT);
        return switch (q) {
            case "next" -> reference.with(TemporalAdjusters.next(day));
            case "last" -> lastWeekday(day, reference);
            default -> reference.with(TemporalAdjusters.previousOrSame(day));
        };
    }

    // "last Friday" written on a Wednesday is two days before it, not nine; the day before is "yesterday", so
    // "last Thursday" written on a Friday is the Thursday of the week before
    private static LocalDate lastWeekday(DayOfWeek day, LocalDate reference) {
        LocalDate previous = reference.with(TemporalAdjusters.previous(day));
        return previous.equals(reference.minusDays(1)) ? previous.minusWeeks(1) : previous;
    }

    // "Thursday", "last Thursday", "on Thursday" (without the "on"), where no calendar date stands
    private static void addWeekdays(Found out, String text, LocalDate publishedOn) {
        Matcher m = WEEKDAYS.matcher(text);
        while (m.find()) {
            int start = "on".equalsIgnoreCase(m.group(1)) ? m.start(2) : m.start();
            LocalDate date = weekday(m.group(1), m.group(2), publishedOn);
            out.addFree(new DateMention(start, m.end(), date, true));
        }
    }

    static int month(String name) {
        return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }

    /** The date, in the reference date's year when none is written; null without a year or for "31 February". */
    private static LocalDate date(String year, int month, String day, LocalDate reference) {
        if (year == null && reference == null) {
            return null;
        }
        try {
            return LocalDate.of(year == null ? reference.getYear() : Integer.parseInt(year), month,
                    Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static void add(Found out, MatchResult m, LocalDate date) {
        if (date != null) {
            out.addFree(new DateMention(m.start(), m.end(), date, false));
        }
    }

    /** The dates found so far, none overlapping another. */
    private static final class Found {
        final List<DateMention> list = new ArrayList<>();
        final Spans spans = new Spans();

        void addFree(DateMention d) {
            if (!spans.overlaps(d.start(), d.end())) {
                list.add(d);
                spans.add(d.start(), d.end());
            }
        }
    }
}
