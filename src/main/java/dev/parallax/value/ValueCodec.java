package dev.parallax.value;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Converts values to and from the map shape shared by the seed YAML and the database's JSON column. */
public final class ValueCodec {

    private static final Set<String> QUANTITY_FIELDS = Set.of("kind", "amount", "unit", "approx", "to");
    private static final Set<String> INSTANT_FIELDS = Set.of("kind", "at", "tolerance");
    private static final Set<String> DATE_FIELDS = Set.of("kind", "date");
    private static final Set<String> NAME_FIELDS = Set.of("kind", "name");
    private static final Set<String> ASSERTION_FIELDS = Set.of("kind", "holds");
    private static final Set<String> TEXT_FIELDS = Set.of("kind", "text");

    private ValueCodec() {
    }

    /** Reads a value map; a missing, unknown or malformed field raises IllegalArgumentException naming it. */
    public static Value fromMap(Map<String, ?> map) {
        if (map == null) {
            throw new IllegalArgumentException("value: map is missing");
        }
        ValueKind kind = enumField(map, "kind", ValueKind.class, null);
        return switch (kind) {
            case COUNT, LENGTH, DURATION, PERCENT, MASS -> quantity(kind, map);
            case INSTANT -> {
                checkFields(map, kind, INSTANT_FIELDS);
                Object tolerance = map.get("tolerance");
                yield new InstantValue(offsetDateTime(required(map, "at")),
                        tolerance == null ? Duration.ZERO : duration(tolerance));
            }
            case DATE -> {
                checkFields(map, kind, DATE_FIELDS);
                yield new DateValue(localDate(required(map, "date")));
            }
            case PLACE, ACTOR -> {
                checkFields(map, kind, NAME_FIELDS);
                yield new NameValue(kind, text(map, "name"));
            }
            case ASSERTION -> {
                checkFields(map, kind, ASSERTION_FIELDS);
                yield new AssertionValue(bool(required(map, "holds")));
            }
            case TEXT -> {
                checkFields(map, kind, TEXT_FIELDS);
                yield new TextValue(text(map, "text"));
            }
        };
    }

    /** Writes a value map: amounts as plain strings, times as ISO-8601, defaults (EXACT, PT0S) left out. */
    public static Map<String, Object> toMap(Value value) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("kind", value.kind().name());
        if (value instanceof Quantity q) {
            map.put("amount", q.amount().toPlainString());
            if (!q.unit().isEmpty()) {
                map.put("unit", q.unit());
            }
            if (q.approximation() != Approximation.EXACT) {
                map.put("approx", q.approximation().name());
            }
            if (q.isRange()) {
                map.put("to", q.to().toPlainString());
            }
        } else if (value instanceof InstantValue i) {
            map.put("at", i.at().toString());
            if (!i.tolerance().isZero()) {
                map.put("tolerance", i.tolerance().toString());
            }
        } else if (value instanceof DateValue d) {
            map.put("date", d.date().toString());
        } else if (value instanceof NameValue n) {
            map.put("name", n.name());
        } else if (value instanceof AssertionValue a) {
            map.put("holds", a.holds());
        } else if (value instanceof TextValue t) {
            map.put("text", t.text());
        }
        return map;
    }

    private static Quantity quantity(ValueKind kind, Map<String, ?> map) {
        checkFields(map, kind, QUANTITY_FIELDS);
        BigDecimal amount = amount("amount", required(map, "amount"));
        Object toField = map.get("to");
        BigDecimal to = toField == null ? null : amount("to", toField);
        Object unitField = map.get("unit");
        String unit = unitField == null ? (kind == ValueKind.COUNT ? "" : null) : unitField.toString().strip();
        if (unit == null) {
            throw new IllegalArgumentException("unit: missing; " + kind + " needs one of "
                    + QuantityUnits.unitsFor(kind));
        }
        if (!QuantityUnits.isValid(kind, unit)) {
            throw new IllegalArgumentException("unit: '" + unit + "' is not valid for " + kind
                    + "; expected one of " + QuantityUnits.unitsFor(kind));
        }
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("amount: must be >= 0, got '" + amount.toPlainString() + "'");
        }
        Approximation approx = enumField(map, "approx", Approximation.class, Approximation.EXACT);
        return new Quantity(kind, amount, unit, approx, to);
    }

    private static BigDecimal amount(String field, Object raw) {
        if (raw instanceof BigDecimal d) {
            return d;
        }
        if (raw instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        if (raw instanceof Integer || raw instanceof Long || raw instanceof Short || raw instanceof Byte) {
            return BigDecimal.valueOf(((Number) raw).longValue());
        }
        if (raw instanceof Double || raw instanceof Float) {
            double d = ((Number) raw).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException(field + ": '" + raw + "' is not a finite number");
            }
            // An unquoted YAML scalar: its shortest decimal form is the best guess at what was written.
            return new BigDecimal(Double.toString(d));
        }
        if (raw instanceof String s) {
            if (s.length() > 2 * Quantity.MAX_DIGITS + 8) {
                throw new IllegalArgumentException(field + ": '" + s.substring(0, 20) + "…' is too long");
            }
            try {
                return new BigDecimal(s.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(field + ": '" + s + "' is not a decimal number");
            }
        }
        throw new IllegalArgumentException(field + ": expected a decimal string, got " + describe(raw));
    }

    private static OffsetDateTime offsetDateTime(Object raw) {
        if (raw instanceof OffsetDateTime o) {
            return o;
        }
        if (raw instanceof ZonedDateTime z) {
            return z.toOffsetDateTime();
        }
        if (raw instanceof Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        if (raw instanceof Date d) {
            return Instant.ofEpochMilli(d.getTime()).atOffset(ZoneOffset.UTC);
        }
        if (raw instanceof String s) {
            try {
                return OffsetDateTime.parse(s.strip());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("at: '" + s
                        + "' is not an ISO-8601 date-time with offset, e.g. 2020-03-06T00:01+03:00");
            }
        }
        throw new IllegalArgumentException("at: expected an ISO-8601 date-time string, got " + describe(raw));
    }

    private static Duration duration(Object raw) {
        Duration d;
        if (raw instanceof Duration given) {
            d = given;
        } else if (raw instanceof String s) {
            try {
                d = Duration.parse(s.strip());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("tolerance: '" + s + "' is not an ISO-8601 duration, e.g. PT5M");
            }
        } else {
            throw new IllegalArgumentException("tolerance: expected an ISO-8601 duration string such as PT5M, got "
                    + describe(raw));
        }
        if (d.isNegative()) {
            throw new IllegalArgumentException("tolerance: must be >= 0, got " + d);
        }
        return d;
    }

    private static LocalDate localDate(Object raw) {
        if (raw instanceof LocalDate d) {
            return d;
        }
        if (raw instanceof Date d) {
            // SnakeYAML turns an unquoted date into midnight UTC.
            return Instant.ofEpochMilli(d.getTime()).atOffset(ZoneOffset.UTC).toLocalDate();
        }
        if (raw instanceof String s) {
            try {
                return LocalDate.parse(s.strip());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("date: '" + s + "' is not an ISO-8601 date, e.g. 2020-03-15");
            }
        }
        throw new IllegalArgumentException("date: expected an ISO-8601 date string, got " + describe(raw));
    }

    private static boolean bool(Object raw) {
        if (raw instanceof Boolean b) {
            return b;
        }
        if (raw instanceof String s) {
            String t = s.strip().toLowerCase(Locale.ROOT);
            if (t.equals("true")) {
                return true;
            }
            if (t.equals("false")) {
                return false;
            }
        }
        throw new IllegalArgumentException("holds: expected true or false, got " + describe(raw));
    }

    private static String text(Map<String, ?> map, String field) {
        Object raw = required(map, field);
        if (!(raw instanceof String || raw instanceof Number)) {
            throw new IllegalArgumentException(field + ": expected a string, got " + describe(raw));
        }
        String s = raw.toString();
        if (s.isBlank()) {
            throw new IllegalArgumentException(field + ": must not be blank");
        }
        return s;
    }

    private static <E extends Enum<E>> E enumField(Map<String, ?> map, String field, Class<E> type, E fallback) {
        Object raw = map.get(field);
        if (raw == null) {
            if (fallback != null) {
                return fallback;
            }
            throw new IllegalArgumentException(field + ": missing; expected one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
        String name = raw.toString().strip().toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw new IllegalArgumentException(field + ": unknown value '" + raw + "'; expected one of "
                + Arrays.toString(type.getEnumConstants()));
    }

    private static Object required(Map<String, ?> map, String field) {
        Object raw = map.get(field);
        if (raw == null) {
            throw new IllegalArgumentException(field + ": missing");
        }
        return raw;
    }

    private static void checkFields(Map<String, ?> map, ValueKind kind, Set<String> allowed) {
        for (String key : map.keySet()) {
            if (!allowed.contains(key)) {
                throw new IllegalArgumentException(key + ": not a field of a " + kind + " value; allowed: "
                        + allowed.stream().sorted().toList());
            }
        }
    }

    private static String describe(Object raw) {
        return raw.getClass().getSimpleName() + " '" + raw + "'";
    }
}
