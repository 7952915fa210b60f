package dev.parallax.extract;

import dev.parallax.value.Quantity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds numbers written in digits ("21", "1,000,000", "3.6 million") or words ("sixteen", "one million", "a million"). */
final class Numbers {

    /** A number at [start, end) of the text. */
    record NumberMention(int start, int end, BigDecimal value) {
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
            "million", 1_000_000L, "billion", 1_000_000_000L);

    private static final String SMALL_WORD = "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty"
            + "|seventy|eighty|ninety";
    private static final String SCALE_WORD = "hundred|thousand|million|billion";
    private static final Pattern WORDS = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:" + SMALL_WORD + "|an?(?=\\s+(?:" + SCALE_WORD + ")))(?:(?:[\\s-]+(?:and[\\s-]+)?)(?:"
                    + SMALL_WORD + "|" + SCALE_WORD
                    + "))*(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TOKEN_SEPARATOR = Pattern.compile("[\\s-]+");
    private static final Pattern DIGITS = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?![\\p{N}])(?:\\s+(" + SCALE_WORD
                    + ")(?![\\p{L}]))?",
            Pattern.CASE_INSENSITIVE);

    private Numbers() {
    }

    /** Every number in the text, in order; word numbers and digit numbers never overlap. */
    static List<NumberMention> find(String text) {
        List<NumberMention> out = digits(text);
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
                BigDecimal value = digitsValue(d);
                if (Quantity.fits(value)) {
                    out.add(new NumberMention(d.start(), d.end(), value));
                }
            }
        }
        return out;
    }

    // "1,00" and other odd groupings
    private static boolean oddGrouping(String text, MatchResult d) {
        int after = d.end(1);
        return d.group(2) == null && after < text.length() && text.charAt(after) == ','
                && after + 1 < text.length() && Character.isDigit(text.charAt(after + 1));
    }

    // "1,000,000", "3.6 million"
    private static BigDecimal digitsValue(MatchResult d) {
        BigDecimal v = new BigDecimal(d.group(1).replace(",", "") + (d.group(2) == null ? "" : d.group(2)));
        if (d.group(3) == null) {
            return v;
        }
        v = v.multiply(BigDecimal.valueOf(SCALES.get(d.group(3).toLowerCase(Locale.ROOT)))).stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }
}
