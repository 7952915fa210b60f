package dev.parallax.extract;

import dev.parallax.value.Quantity;
import dev.parallax.value.QuantityUnits;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A facet's {@code extract:} hints, checked and compiled (schema: seeds/README.md, "Extraction hints"). Every pattern
 * is a Java regular expression matched case-insensitively at the start of a word; {@code follow}, {@code precede},
 * {@code assertions} and {@code texts} must also end at the end of a word, {@code cues} and {@code exclude} may end
 * inside one ("escort" matches "escorted").
 */
record HintSpec(boolean enabled, List<Pattern> cues, Integer within, int lookBehind, int lookAhead,
                List<Pattern> follow, List<Pattern> precede, List<Pattern> exclude, Integer excludeWithin,
                Double min, Double max, List<String> units, List<Pattern> assertions, List<Pattern> texts) {

    static final Set<String> KEYS = Set.of("enabled", "cues", "within", "lookBehind", "lookAhead", "follow", "precede",
            "exclude", "excludeWithin", "min", "max", "units", "assertions", "texts");
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String SEP = "[\\s\\-\u2010\u2011\u2012\u2013\u2014]*";
    private static final String WORD_START = "(?<![\\p{L}\\p{N}])(?:";
    private static final String WORD_END = ")(?![\\p{L}\\p{N}])";

    /** True when the facet has no hints at all (an empty or missing {@code extract:} block). */
    boolean isEmpty() {
        return cues.isEmpty() && follow.isEmpty() && precede.isEmpty() && assertions.isEmpty() && texts.isEmpty()
                && exclude.isEmpty() && min == null && max == null && units.isEmpty();
    }

    /** True when the quantity is in one of the {@code units} (if any) and, in canonical units, within min..max. */
    boolean admits(Quantity q) {
        if (!units.isEmpty() && !units.contains(q.unit())) {
            return false;
        }
        double v = QuantityUnits.toCanonical(q.amount().doubleValue(), q.kind(), q.unit());
        return (min == null || v >= min) && (max == null || v <= max);
    }

    /** Why {@link #admits} turns the quantity down, in words a reviewer reads (null when it does not). */
    String whyNotAdmitted(Quantity q) {
        if (!units.isEmpty() && !units.contains(q.unit())) {
            return "unit " + q.unit() + " is not among the facet's units " + units;
        }
        double v = QuantityUnits.toCanonical(q.amount().doubleValue(), q.kind(), q.unit());
        if (min != null && v < min) {
            return "below the facet's min " + min;
        }
        if (max != null && v > max) {
            return "above the facet's max " + max;
        }
        return null;
    }

    /** Reads and compiles the hints; a bad key or pattern raises IllegalArgumentException naming facet and key. */
    static HintSpec parse(String facet, Map<String, Object> map) {
        for (String key : map.keySet()) {
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("extract." + key + ": unknown hint on facet " + facet
                        + "; expected one of " + KEYS.stream().sorted().toList());
            }
        }
        Reader r = new Reader(facet, map);
        return new HintSpec(
                r.bool("enabled", true),
                r.patterns("cues", WORD_START, ")"),
                r.integer("within"),
                r.integerOr("lookBehind", 0),
                r.integerOr("lookAhead", 0),
                r.patterns("follow", "\\G" + SEP + "(?:", WORD_END),
                r.patterns("precede", WORD_START, ")" + SEP + "$"),
                r.patterns("exclude", WORD_START, ")"),
                r.integer("excludeWithin"),
                r.number("min"),
                r.number("max"),
                r.strings("units"),
                r.patterns("assertions", WORD_START, WORD_END),
                r.patterns("texts", WORD_START, WORD_END));
    }

    /** Reads one facet's hint values by key, naming facet and key in every error. */
    private record Reader(String facet, Map<String, Object> map) {

        List<Pattern> patterns(String key, String prefix, String suffix) {
            List<Pattern> out = new ArrayList<>();
            for (String s : strings(key)) {
                try {
                    out.add(Pattern.compile(prefix + s + suffix, FLAGS));
                } catch (PatternSyntaxException e) {
                    throw new IllegalArgumentException("extract." + key + ": facet " + facet + " has a bad pattern '"
                            + s + "': " + e.getDescription(), e);
                }
            }
            return List.copyOf(out);
        }

        List<String> strings(String key) {
            Object v = map.get(key);
            if (v == null) {
                return List.of();
            }
            if (v instanceof String s) {
                return List.of(s);
            }
            if (v instanceof List<?> list) {
                List<String> out = new ArrayList<>();
                for (Object o : list) {
                    if (!(o instanceof String s) || s.isBlank()) {
                        throw new IllegalArgumentException("extract." + key + ": facet " + facet
                                + " must list non-blank strings, got " + o);
                    }
                    out.add(s);
                }
                return out;
            }
            throw new IllegalArgumentException("extract." + key + ": facet " + facet
                    + " must be a string or a list, got " + v);
        }

        Integer integer(String key) {
            Object v = map.get(key);
            if (v == null) {
                return null;
            }
            if (v instanceof Number n && n.doubleValue() >= 0 && n.doubleValue() == Math.rint(n.doubleValue())) {
                return n.intValue();
            }
            throw new IllegalArgumentException("extract." + key + ": facet " + facet
                    + " must be a whole number >= 0, got " + v);
        }

        int integerOr(String key, int fallback) {
            Integer v = integer(key);
            return v == null ? fallback : v;
        }

        Double number(String key) {
            Object v = map.get(key);
            if (v == null) {
                return null;
            }
            if (v instanceof Number n) {
                return n.doubleValue();
            }
            if (v instanceof String s) {
                try {
                    return Double.parseDouble(s);
                } catch (NumberFormatException e) {
                    // fall through
                }
            }
            throw new IllegalArgumentException("extract." + key + ": facet " + facet + " must be a number, got " + v);
        }

        boolean bool(String key, boolean fallback) {
            Object v = map.get(key);
            if (v == null) {
                return fallback;
            }
            if (v instanceof Boolean b) {
                return b;
            }
            throw new IllegalArgumentException("extract." + key + ": facet " + facet
                    + " must be true or false, got " + v);
        }
    }
}
