package dev.parallax.value;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.measure.MetricPrefix;
import javax.measure.Unit;
import javax.measure.quantity.Length;
import javax.measure.quantity.Mass;
import javax.measure.quantity.Time;
import systems.uom.common.USCustomary;
import tech.units.indriya.unit.Units;

/**
 * The unit names a quantity may use, their canonical unit per kind, and conversions via Indriya. Months and years are
 * calendar units: a point conversion uses the Gregorian mean (30.436875 and 365.2425 days), and
 * {@link #toCanonicalLow} / {@link #toCanonicalHigh} give the shortest and longest span they can be on a calendar.
 */
public final class QuantityUnits {

    /** The mean Gregorian month and year in days (146,097 days in 400 years). */
    static final double MONTH_DAYS = 30.436875;
    static final double YEAR_DAYS = 365.2425;
    // n consecutive months (years) never stray further than this many days from n mean months (years): measured over
    // a whole 400-year cycle for every start and every n up to 1,200 months (400 years); see QuantityUnitsTest.
    private static final double MONTH_SLACK_DAYS = 4;
    private static final double YEAR_SLACK_DAYS = 2.25;

    private static final Map<String, Unit<Length>> LENGTH_UNITS = new LinkedHashMap<>();
    private static final Map<String, Unit<Time>> DURATION_UNITS = new LinkedHashMap<>();
    private static final Map<String, Unit<Mass>> MASS_UNITS = new LinkedHashMap<>();

    static {
        LENGTH_UNITS.put("km", MetricPrefix.KILO(Units.METRE));
        LENGTH_UNITS.put("m", Units.METRE);
        LENGTH_UNITS.put("mi", USCustomary.MILE);
        DURATION_UNITS.put("min", Units.MINUTE);
        DURATION_UNITS.put("h", Units.HOUR);
        DURATION_UNITS.put("day", Units.DAY);
        DURATION_UNITS.put("week", Units.WEEK);
        DURATION_UNITS.put("month", Units.DAY.multiply(new BigDecimal("30.436875")));
        DURATION_UNITS.put("year", Units.DAY.multiply(new BigDecimal("365.2425")));
        MASS_UNITS.put("kg", Units.KILOGRAM);
        MASS_UNITS.put("t", Units.KILOGRAM.multiply(1000));
        MASS_UNITS.put("g", Units.GRAM);
        MASS_UNITS.put("lb", USCustomary.POUND);
    }

    private QuantityUnits() {
    }

    /** The unit names valid for a quantity kind ("" for COUNT). */
    public static List<String> unitsFor(ValueKind kind) {
        return switch (kind) {
            case COUNT -> List.of("");
            case LENGTH -> List.copyOf(LENGTH_UNITS.keySet());
            case DURATION -> List.copyOf(DURATION_UNITS.keySet());
            case PERCENT -> List.of("%");
            case MASS -> List.copyOf(MASS_UNITS.keySet());
            default -> List.of();
        };
    }

    public static boolean isValid(ValueKind kind, String unit) {
        return unit != null && unitsFor(kind).contains(unit);
    }

    /** km for LENGTH, h for DURATION, % for PERCENT, kg for MASS, "" (the number 1) for COUNT. */
    public static String canonicalUnit(ValueKind kind) {
        return switch (kind) {
            case COUNT -> "";
            case LENGTH -> "km";
            case DURATION -> "h";
            case PERCENT -> "%";
            case MASS -> "kg";
            default -> throw new IllegalArgumentException("kind: " + kind + " has no unit");
        };
    }

    /** Converts an amount between two units of the same kind; infinities pass through. */
    public static double convert(double amount, ValueKind kind, String from, String to) {
        requireValid(kind, from);
        requireValid(kind, to);
        if (from.equals(to) || Double.isInfinite(amount)) {
            return amount;
        }
        return switch (kind) {
            case LENGTH -> LENGTH_UNITS.get(from).getConverterTo(LENGTH_UNITS.get(to)).convert(amount);
            case DURATION -> DURATION_UNITS.get(from).getConverterTo(DURATION_UNITS.get(to)).convert(amount);
            case MASS -> MASS_UNITS.get(from).getConverterTo(MASS_UNITS.get(to)).convert(amount);
            default -> amount;
        };
    }

    public static double toCanonical(double amount, ValueKind kind, String from) {
        return convert(amount, kind, from, canonicalUnit(kind));
    }

    /** True for month and year: units whose length in days depends on where on the calendar they fall. */
    public static boolean isCalendar(ValueKind kind, String unit) {
        return kind == ValueKind.DURATION && (unit.equals("month") || unit.equals("year"));
    }

    /**
     * The shortest an amount of the unit can be, in the canonical unit: a month is 28 to 31 days, a year 365 to 366,
     * and n of them together stray at most a few days from n mean ones. Other units convert exactly.
     */
    public static double toCanonicalLow(double amount, ValueKind kind, String from) {
        if (!isCalendar(kind, from) || Double.isInfinite(amount)) {
            return toCanonical(amount, kind, from);
        }
        double days = from.equals("month")
                ? Math.max(28 * amount, MONTH_DAYS * amount - MONTH_SLACK_DAYS)
                : Math.max(365 * amount, YEAR_DAYS * amount - YEAR_SLACK_DAYS);
        return toCanonical(days, kind, "day");
    }

    /** The longest an amount of the unit can be, in the canonical unit (see {@link #toCanonicalLow}). */
    public static double toCanonicalHigh(double amount, ValueKind kind, String from) {
        if (!isCalendar(kind, from) || Double.isInfinite(amount)) {
            return toCanonical(amount, kind, from);
        }
        double days = from.equals("month")
                ? Math.min(31 * amount, MONTH_DAYS * amount + MONTH_SLACK_DAYS)
                : Math.min(366 * amount, YEAR_DAYS * amount + YEAR_SLACK_DAYS);
        return toCanonical(days, kind, "day");
    }

    private static void requireValid(ValueKind kind, String unit) {
        if (!isValid(kind, unit)) {
            throw new IllegalArgumentException("unit: '" + unit + "' is not valid for " + kind);
        }
    }
}
