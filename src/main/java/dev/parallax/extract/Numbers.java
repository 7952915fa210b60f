package dev.parallax.extract;

import dev.parallax.value.Quantity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numbers written in digits ("21", "1,000,000", "3.6 million", "6,5" with a decimal comma, "$1.5m", "1.5m
 * people", "3bn") or words ("sixteen", "one million", "a million", "a dozen"), and the vague plurals the press writes
 * for a range ("dozens" = 24 to 99, "hundreds" = 200 to 999, "thousands" = 2,000 to 999,999, "tens of thousands").
 */
final class Numbers {

    /** A number at [start, end) of the text; {@code to} is the upper end of a range ("dozens"), else null. */
    record NumberMention(int start, int end, BigDecimal value, BigDecimal to) {

        NumberMention(int start, int end, BigDecimal value) {
            this(start, end, value, null);
        }
    }

    private static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90));
    private static final Map<String, Long> SCALES = Map.of("hundred", 100L, "thousand", 1_000L,
            "million", 1_000_000L, "billion", 1_000_000_000L, "dozen", 12L);
    // "dozens" of ...: from two of them up to below the next scale word
    private static final Map<String, long[]> PLURALS = Map.of("dozens", new long[] {12L, 100L},
            "hundreds", new long[] {100L, 1_000L}, "thousands", new long[] {1_000L, 1_000_000L},
            "millions", new long[] {1_000_000L, 1_000_000_000L},
            "billions", new long[] {1_000_000_000L, 1_000_000_000_000L});

    private static final String SMALL_WORD = "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty"
            + "|seventy|eighty|ninety";
    private static final String SCALE_WORD = "hundred|thousand|million|billion|dozen";
    private static final Pattern WORDS = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:" + SMALL_WORD + "|an?(?=\\s+(?:" + SCALE_WORD + ")))(?:(?:[\\s-]+(?:and[\\s-]+)?)(?:"
                    + SMALL_WORD + "|" + SCALE_WORD
                    + "))*(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TOKEN_SEPARATOR = Pattern.compile("[\\s-]+");
    // group 2: a decimal point, or a decimal comma before a group that is not three digits ("6,5", "1,25")
    private static final Pattern DIGITS = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+|,(?:\\d{1,2}|\\d{4,})(?!,\\d))?(?![\\p{N}])(?:\\s+("
                    + SCALE_WORD + ")(?![\\p{L}]))?",
            Pattern.CASE_INSENSITIVE);
    // "$1.5m", "1.5m people", "3bn", "2 bn": million and billion written short
    private static final Pattern SHORT_SCALE = Pattern.compile("\\G(?:(m|mn)|\\s?(bn))(?![\\p{L}\\p{N}])");
    private static final Pattern NEXT_WORD = Pattern.compile("\\G\\s+(\\p{L}+)");
    // words after "2m" that make it a length ("a 2m high wall", "2m from the road"), not two million
    private static final Set<String> LENGTH_CONTEXT = Set.of("high", "tall", "long", "wide",
            "deep", "thick", "away", "apart", "above", "below", "under", "beneath", "from", "of", "to", "in", "into",
            "on", "at", "across", "along", "beyond", "inside", "outside", "off", "up", "down", "and", "or", "by", "x",
            "per", "north", "south", "east", "west", "further", "farther", "higher", "lower", "deeper", "behind",
            "towards", "toward", "past", "over", "around", "near", "radius", "square", "cubic", "squared");
    private static final Pattern PLURAL = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:(tens|hundreds)\\s+of\\s+)?(dozens|hundreds|thousands|millions|billions)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);

    private Numbers() {
    }

    /** Every number in the text, in order; word numbers and digit numbers never overlap. */
    static List<NumberMention> find(String text) {
        List<NumberMention> out = digits(text);
        out.addAll(plurals(text));
        Matcher w = WORDS.matcher(text);
        while (w.find()) {
            Long value = parseWords(w.group());
            if (value != null && Quantity.fits(BigDecimal.valueOf(value))) {
                out.add(new NumberMention(w.start(), w.end(), BigDecimal.valueOf(value)));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** "one million" -> 1000000, "twenty-one" -> 21, "three hundred and five" -> 305; null if malformed or over 64 bits. */
    static Long parseWords(String words) {
        long total = 0;
        long current = 0;
        boolean any = false;
        try {
            for (String token : TOKEN_SEPARATOR.split(words.toLowerCase(Locale.ROOT))) {
                if (token.equals("and") || token.isEmpty()) {
                    continue;
                }
                // "a", "an" only match before a scale word: "a million", "a hundred"
                Integer small = token.equals("a") || token.equals("an") ? Integer.valueOf(1) : SMALL.get(token);
                Long scale = SCALES.get(token);
                if (small != null) {
                    current = Math.addExact(current, small);
                } else if (scale == null) {
                    return null;
                } else if (scale == 100) {
                    current = Math.multiplyExact(current == 0 ? 1 : current, 100L);
                } else {
                    total = Math.addExact(total, Math.multiplyExact(current == 0 ? 1 : current, scale));
                    current = 0;
                }
                any = true;
            }
            return any ? Math.addExact(total, current) : null;
        } catch (ArithmeticException e) {
            // "a hundred hundred ..." past 64 bits: no number anyone means
            return null;
        }
    }

    private static List<NumberMention> digits(String text) {
        List<NumberMention> out = new ArrayList<>();
        Matcher d = DIGITS.matcher(text);
        while (d.find()) {
            // A number longer than a quantity may be (a phone or account number) is no value to suggest.
            if (!oddGrouping(text, d) && d.group().length() <= 4 * Quantity.MAX_DIGITS) {
                String scale = d.group(3);
                int end = d.end();
                Matcher shortScale = scale == null ? ClockTimes.at(SHORT_SCALE, text, d.end()) : null;
                if (shortScale != null && (shortScale.group(2) != null || isMillion(text, d.start(), shortScale))) {
                    scale = shortScale.group(2) != null ? "billion" : "million";
                    end = shortScale.end();
                }
                BigDecimal value = digitsValue(d, scale);
                if (Quantity.fits(value)) {
                    out.add(new NumberMention(d.start(), end, value));
                }
            }
        }
        return out;
    }

    // "1,00" and other odd groupings; a decimal comma after thousands groups ("1,000,5")
    private static boolean oddGrouping(String text, MatchResult d) {
        int after = d.end(1);
        if (d.group(2) != null) {
            return d.group(2).startsWith(",") && d.group(1).indexOf(',') >= 0;
        }
        return after < text.length() && text.charAt(after) == ','
                && after + 1 < text.length() && Character.isDigit(text.charAt(after + 1));
    }

    // "1.5m": million after a currency sign ("$1.5m"), as "mn", or when a decimal or a plural noun makes it a count
    // ("1.5m people", "3m barrels"); "a 2m wall", "2m high", "1.5m." stay metres for the length reader
    private static boolean isMillion(String text, int numberStart, Matcher shortScale) {
        boolean currency = numberStart > 0 && "$£€¥".indexOf(text.charAt(numberStart - 1)) >= 0;
        if (currency || shortScale.group(1).equalsIgnoreCase("mn")) {
            return true;
        }
        Matcher next = ClockTimes.at(NEXT_WORD, text, shortScale.end());
        if (next == null) {
            return false;
        }
        String word = next.group(1).toLowerCase(Locale.ROOT);
        boolean countNoun = word.equals("people") || word.length() > 3 && word.endsWith("s")
                || text.substring(numberStart, shortScale.start()).indexOf('.') >= 0;
        return countNoun && !LENGTH_CONTEXT.contains(word);
    }

    // "1,000,000", "3.6 million", "6,5"
    private static BigDecimal digitsValue(MatchResult d, String scale) {
        String decimals = d.group(2) == null ? "" : "." + d.group(2).substring(1);
        BigDecimal v = new BigDecimal(d.group(1).replace(",", "") + decimals);
        if (scale == null) {
            return v;
        }
        v = v.multiply(BigDecimal.valueOf(SCALES.get(scale.toLowerCase(Locale.ROOT)))).stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    // "dozens" = 24 to 99, "tens of thousands" = 20,000 to 99,999: from two of them to below the next scale word
    private static List<NumberMention> plurals(String text) {
        List<NumberMention> out = new ArrayList<>();
        Matcher m = PLURAL.matcher(text);
        while (m.find()) {
            long[] scale = PLURALS.get(m.group(2).toLowerCase(Locale.ROOT));
            long base = scale[0];
            long below = scale[1];
            if (m.group(1) != null) {
                long times = m.group(1).equalsIgnoreCase("tens") ? 10L : 100L;
                base = scale[0] * times;
                below = scale[0] * times * 10;
            }
            out.add(new NumberMention(m.start(), m.end(), BigDecimal.valueOf(2 * base), BigDecimal.valueOf(below - 1)));
        }
        return out;
    }
}
