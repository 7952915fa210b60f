package dev.parallax.value;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.measure.MetricPrefix;
import javax.measure.Unit;
import javax.measure.quantity.Length;
import javax.measure.quantity.Time;
import systems.uom.common.USCustomary;
import tech.units.indriya.unit.Units;

/** The unit names a quantity may use, their canonical unit per kind, and conversions via Indriya. */
public final class QuantityUnits {

    private static final Map<String, Unit<Length>> LENGTH_UNITS = new LinkedHashMap<>();
    private static final Map<String, Unit<Time>> DURATION_UNITS = new LinkedHashMap<>();

    static {
        LENGTH_UNITS.put("km", MetricPrefix.KILO(Units.METRE));
        LENGTH_UNITS.put("m", Units.METRE);
        LENGTH_UNITS.put("mi", USCustomary.MILE);
        DURATION_UNITS.put("min", Units.MINUTE);
        DURATION_UNITS.put("h", Units.HOUR);
        DURATION_UNITS.put("day", Units.DAY);
        DURATION_UNITS.put("week", Units.WEEK);
    }

    private QuantityUnits() {
    }

    /** The unit names valid for a quantity kind ("" for COUNT). */
    public static List<String> unitsFor(ValueKind kind) {
        return switch (kind) {
            case COUNT -> List.of("");
            case LENGTH -> List.copyOf(LENGTH_UNITS.keySet());
            case DURATION -> List.copyOf(DURATION_UNITS.keySet());
            default -> List.of();
        };
    }

    public static boolean isValid(ValueKind kind, String unit) {
        return unit != null && unitsFor(kind).contains(unit);
    }

    /** km for LENGTH, h for DURATION, "" (the number 1) for COUNT. */
    public static String canonicalUnit(ValueKind kind) {
        return switch (kind) {
            case COUNT -> "";
            case LENGTH -> "km";
            case DURATION -> "h";
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
            default -> amount;
        };
    }

    public static double toCanonical(double amount, ValueKind kind, String from) {
        return convert(amount, kind, from, canonicalUnit(kind));
    }

    private static void requireValid(ValueKind kind, String unit) {
        if (!isValid(kind, unit)) {
            throw new IllegalArgumentException("unit: '" + unit + "' is not valid for " + kind);
        }
    }
}
