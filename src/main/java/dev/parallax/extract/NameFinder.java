package dev.parallax.extract;

import dev.parallax.value.NameEntry;
import dev.parallax.value.NameValue;
import dev.parallax.value.ValueKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a facet's places or actors by their canonical names and aliases: case-insensitive, whole words, hyphens and
 * spaces interchangeable ("Bir el-Abd" = "Bir el Abd"), the longest name winning at each position. The value is the
 * name as written; the comparison resolves it to its canonical name.
 */
final class NameFinder {

    private static final String SEPARATORS = "[\\s\\-\u2010\u2011\u2012\u2013\u2014]+";
    private static final Pattern SEPARATOR = Pattern.compile(SEPARATORS);
    private static final Pattern DATELINE_CAPS = Pattern.compile("(?:,[\\p{Lu}\\s.]+)?\\s*(?:\\(|[-\u2013\u2014])");
    private static final Pattern DATELINE_DATE = Pattern.compile(
            ",\\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d");

    private final Pattern pattern;
    private final ValueKind kind;

    NameFinder(ValueKind kind, List<NameEntry> entries) {
        this.kind = kind;
        Set<String> names = new LinkedHashSet<>();
        for (NameEntry e : entries) {
            names.add(e.canonical().strip());
            e.aliases().forEach(a -> names.add(a.strip()));
        }
        List<String> sorted = new ArrayList<>(names);
        sorted.removeIf(String::isEmpty);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        List<String> alternatives = new ArrayList<>();
        for (String name : sorted) {
            alternatives.add(tokens(name));
        }
        this.pattern = alternatives.isEmpty() ? null : Pattern.compile(
                "(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    boolean isEmpty() {
        return pattern == null;
    }

    List<Mention> find(String text) {
        List<Mention> out = new ArrayList<>();
        if (pattern == null) {
            return out;
        }
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (isDateline(text, m.start(), m.end())) {
                continue;
            }
            out.add(new Mention(kind, m.start(), m.end(), new NameValue(kind, m.group()), Detector.NAME));
        }
        return out;
    }

    /**
     * True for a name that opens a line as a dateline or kicker, which says where the report was filed, not what the
     * agreement settles: "DOHA, QATAR -", "KABUL (AA) -", "Vienna, July 15,", "Istanbul: ...".
     */
    static boolean isDateline(String text, int start, int end) {
        if (start > 0 && text.charAt(start - 1) != '\n') {
            return false;
        }
        String name = text.substring(start, end);
        String rest = text.substring(end, Math.min(text.length(), end + 40));
        boolean capitals = name.equals(name.toUpperCase(Locale.ROOT)) && !name.equals(name.toLowerCase(Locale.ROOT));
        return capitals && DATELINE_CAPS.matcher(rest).lookingAt() || DATELINE_DATE.matcher(rest).lookingAt()
                || rest.startsWith(":");
    }

    private static String tokens(String name) {
        String[] parts = SEPARATOR.split(name);
        List<String> quoted = new ArrayList<>();
        for (String p : parts) {
            if (!p.isEmpty()) {
                quoted.add(Pattern.quote(p));
            }
        }
        return String.join(SEPARATORS, quoted);
    }
}
