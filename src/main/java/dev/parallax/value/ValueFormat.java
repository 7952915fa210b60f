package dev.parallax.value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Short human-readable forms of values and intervals for explanations ("3 mi", "≈ 900,000", "4.0–5.6 km"). */
public final class ValueFormat {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final int MAX_DECIMALS = 2;

    private ValueFormat() {
    }

    public static String value(Value value) {
        if (value instanceof Quantity q) {
            return quantity(q);
        } else if (value instanceof InstantValue i) {
            return instant(i);
        } else if (value instanceof DateValue d) {
            return date(d.date());
        } else if (value instanceof NameValue n) {
            return n.name();
        } else if (value instanceof AssertionValue a) {
            return a.holds() ? "affirms" : "denies";
        } else {
            return quoted(((TextValue) value).text());
        }
    }

    /** "3 mi", "≈ 900,000", "nearly 1,000,000", "over 3,000,000", "within 7 days". */
    public static String quantity(Quantity q) {
        String amount = q.isRange() ? amount(q.amount()) + "–" + amount(q.to()) : amount(q.amount());
        return prefix(q) + amount + unitSuffix(q.unit(), !amount.equals("1"));
    }

    /** A written amount with thousands separators and its written decimals: "900,000", "3.7". */
    public static String amount(BigDecimal amount) {
        return group(amount.toPlainString());
    }

    /** An interval in its canonical unit. */
    public static String interval(Interval interval) {
        return interval(interval, interval.unit());
    }

    /** An interval shown in another unit of its kind: "4.0–5.6 km", "≥ 15", "> 3,000,000", "≤ 7 days". */
    public static String interval(Interval interval, String displayUnit) {
        String from = interval.unit();
        double low = QuantityUnits.convert(interval.low(), interval.kind(), from, displayUnit);
        double high = QuantityUnits.convert(interval.high(), interval.kind(), from, displayUnit);
        if (interval.isUnbounded()) {
            String n = number(low);
            return (interval.lowOpen() ? "> " : "≥ ") + n + unitSuffix(displayUnit, !n.equals("1"));
        }
        if (low == 0 && !interval.lowOpen() && high > 0) {
            String n = number(high);
            return (interval.highOpen() ? "< " : "≤ ") + n + unitSuffix(displayUnit, !n.equals("1"));
        }
        if (interval.isPoint()) {
            String n = number(low);
            return n + unitSuffix(displayUnit, !n.equals("1"));
        }
        int decimals = rangeDecimals(low, high);
        String hi = fixed(high, decimals);
        return fixed(low, decimals) + "–" + hi + unitSuffix(displayUnit, !hi.equals("1"));
    }

    /** A single amount: exact up to two decimals, else rounded to two with trailing zeros dropped. */
    public static String number(double x) {
        for (int d = 0; d <= MAX_DECIMALS; d++) {
            if (exactAt(x, d)) {
                return fixed(x, d);
            }
        }
        BigDecimal rounded = BigDecimal.valueOf(x).setScale(MAX_DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros();
        return group(rounded.toPlainString());
    }

    /** "00:01 UTC+3 on 6 March 2020", with " ±5 min" after the time when there is a tolerance. */
    public static String instant(InstantValue value) {
        return time(value.at()) + tolerance(value.tolerance()) + " on " + date(value.at().toLocalDate());
    }

    /** "00:01 UTC+3". */
    public static String time(OffsetDateTime at) {
        return TIME.format(at) + " " + offset(at.getOffset());
    }

    /** " ±5 min", or "" for no tolerance. */
    public static String tolerance(Duration tolerance) {
        return tolerance.isZero() ? "" : " ±" + duration(tolerance);
    }

    /** "UTC", "UTC+3", "UTC+5:30", "UTC-4". */
    public static String offset(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        if (seconds == 0) {
            return "UTC";
        }
        int abs = Math.abs(seconds);
        String hours = Integer.toString(abs / 3600);
        int minutes = (abs % 3600) / 60;
        return "UTC" + (seconds < 0 ? "-" : "+") + hours + (minutes == 0 ? "" : String.format(":%02d", minutes));
    }

    /** "15 March 2020". */
    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** "5 March". */
    public static String dayMonth(LocalDate date) {
        return DAY_MONTH.format(date);
    }

    /** "5 min", "1 h 30 min", "2 days", "0 min". */
    public static String duration(Duration duration) {
        List<String> parts = new ArrayList<>();
        long days = duration.toDays();
        if (days > 0) {
            parts.add(days + (days == 1 ? " day" : " days"));
        }
        if (duration.toHoursPart() > 0) {
            parts.add(duration.toHoursPart() + " h");
        }
        if (duration.toMinutesPart() > 0) {
            parts.add(duration.toMinutesPart() + " min");
        }
        if (duration.toSecondsPart() > 0) {
            parts.add(duration.toSecondsPart() + " s");
        }
        return parts.isEmpty() ? "0 min" : String.join(" ", parts);
    }

    /** “text” in typographic quotes. */
    public static String quoted(String text) {
        return "“" + text + "”";
    }

    /** " km", " days", " day", " %", or "" for a count. */
    public static String unitSuffix(String unit, boolean plural) {
        if (unit.isEmpty()) {
            return "";
        }
        boolean pluralises = unit.equals("day") || unit.equals("week") || unit.equals("month") || unit.equals("year");
        return " " + unit + (plural && pluralises ? "s" : "");
    }

    private static String prefix(Quantity q) {
        return switch (q.approximation()) {
            case EXACT -> "";
            case ABOUT -> "≈ ";
            case NEARLY -> "nearly ";
            case OVER -> "over ";
            case AT_LEAST -> "at least ";
            case UP_TO -> q.kind() == ValueKind.DURATION ? "within " : "up to ";
            case UNDER -> "under ";
        };
    }

    // Both ends share one precision: exact if two decimals suffice, else two significant digits of the width.
    private static int rangeDecimals(double low, double high) {
        for (int d = 0; d <= MAX_DECIMALS; d++) {
            if (exactAt(low, d) && exactAt(high, d)) {
                return d;
            }
        }
        double width = high - low;
        if (width <= 0) {
            return MAX_DECIMALS;
        }
        int d = 1 - (int) Math.floor(Math.log10(width));
        return Math.max(0, Math.min(MAX_DECIMALS, d));
    }

    private static boolean exactAt(double x, int decimals) {
        double scaled = x * Math.pow(10, decimals);
        return Math.abs(scaled - Math.rint(scaled)) <= 1e-9 * Math.max(1.0, Math.abs(scaled));
    }

    private static String fixed(double x, int decimals) {
        return group(BigDecimal.valueOf(x).setScale(decimals, RoundingMode.HALF_UP).toPlainString());
    }

    private static String group(String plain) {
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(whole.charAt(i));
        }
        return out + fraction;
    }
}
