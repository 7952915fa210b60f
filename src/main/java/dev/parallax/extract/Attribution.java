package dev.parallax.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who a sentence attributes its statements to, from reporting verbs and phrases: "Karlsson said", "said
 * Karlsson", "X told ...", "according to the UN", "the foreign ministers said". The speaker is the name next to the
 * verb (a person's surname when the name follows a title or is a full name, e.g. "Foreign Minister Anna Karlsson" ->
 * "Karlsson"); pronouns give no speaker. Generic English patterns only: no list of names.
 */
final class Attribution {

    /** A speaker named at [start, end) of the text. */
    record Attributed(int start, int end, String speaker) {
    }

    private static final String VERBS = "said|says|told|tells|remarked|stated|states|announced|announces|added|wrote"
            + "|writes|noted|claimed|claims|warned|insisted|explained|confirmed|stressed";
    private static final Pattern VERB_AFTER_NAME = Pattern.compile(
            "(?<![\\p{L}])(?:(?:was|were|has|have|had|also|later|then|further|again)\\s+)*(" + VERBS + ")(?![\\p{L}])");
    private static final Pattern VERB_BEFORE_NAME = Pattern.compile(
            "[,\u201D\"]\\s*(" + VERBS + ")\\s+((?:the\\s+)?(?:[\\p{L}\u2019'\\-]+\\s+){0,4}?)"
                    + "((?:[\\p{Lu}][\\p{L}\u2019'\\-]*)(?:\\s+[\\p{Lu}][\\p{L}\u2019'\\-]*){0,4})");
    private static final Pattern ACCORDING = Pattern.compile(
            "(?i:according\\s+to)\\s+(?:(?i:the)\\s+)?([\\p{L}\\p{N}\u2019'\\-]+(?:\\s+[\\p{L}\\p{N}\u2019'\\-]+){0,4})");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\u2019'\\-]+");

    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "who", "which",
            "that", "this", "there", "one", "someone", "everyone", "nobody");
    private static final Set<String> STOP = Set.of("the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "to",
            "for", "with", "by", "from", "as", "is", "are", "was", "were", "be", "been", "has", "have", "had", "also",
            "who", "which", "that", "this", "these", "those", "his", "her", "its", "their", "our", "my", "not", "then",
            "later", "further", "again", "statement", "when", "after", "before", "while");
    /** What "according to" may cite that is not a speaker: the outlet reading a text. */
    private static final Set<String> NOT_SPEAKERS = Set.of("document", "documents", "agreement", "text", "report",
            "reports", "deal", "protocol", "memorandum", "statement", "data", "figures", "estimates", "sources");
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "president", "prime", "minister",
            "foreign", "defence", "defense", "interior", "secretary", "secretary-general", "general", "spokesperson",
            "spokesman", "spokeswoman", "sen", "sen.", "senator", "communications", "director", "chief", "chairman",
            "ambassador", "envoy", "king", "queen", "prince", "leader", "head", "deputy", "commander", "correspondent",
            "officer", "official", "adviser", "advisor", "governor", "mayor", "representative", "ministry");

    private Attribution() {
    }

    /** Every attribution in the sentence [start, end). */
    static List<Attributed> find(String text, int start, int end) {
        List<Attributed> out = new ArrayList<>();
        Matcher according = ACCORDING.matcher(text).region(start, end);
        while (according.find()) {
            String np = nounPhrase(according.group(1));
            if (np != null) {
                out.add(new Attributed(according.start(), according.end(), np));
            }
        }
        Matcher before = VERB_BEFORE_NAME.matcher(text).region(start, end);
        before.useTransparentBounds(true);
        while (before.find()) {
            out.add(new Attributed(before.start(1), before.end(), person(before.group(3))));
        }
        Matcher verb = VERB_AFTER_NAME.matcher(text).region(start, end);
        verb.useTransparentBounds(true);
        while (verb.find()) {
            String speaker = subjectBefore(text, start, verb.start());
            if (speaker != null) {
                out.add(new Attributed(Math.max(start, verb.start() - speaker.length() - 1), verb.end(), speaker));
            }
        }
        return out;
    }

    private static final Pattern PRONOUN_START = Pattern.compile("(?:It|He|She|They)(?![\\p{L}])");

    /**
     * The speaker of the claim at [claimStart, claimEnd) in sentence {@code index}: the nearest attribution in the
     * sentence; failing that, a sentence opening with a pronoun ("It will ease the strain ...") goes on in the voice
     * of the sentence before.
     */
    static String speakerFor(String text, Sentences sentences, int index, int claimStart, int claimEnd) {
        int start = sentences.start(index);
        String own = speakerFor(text, start, sentences.end(index), claimStart, claimEnd);
        if (own != null || index == 0 || !PRONOUN_START.matcher(text).region(start, sentences.end(index)).lookingAt()) {
            return own;
        }
        int prev = index - 1;
        return speakerFor(text, sentences.start(prev), sentences.end(prev), sentences.end(prev), sentences.end(prev));
    }

    /** The speaker of the attribution in [start, end) nearest to [claimStart, claimEnd), or null. */
    static String speakerFor(String text, int start, int end, int claimStart, int claimEnd) {
        String best = null;
        int bestGap = Integer.MAX_VALUE;
        for (Attributed a : find(text, start, end)) {
            int gap = a.end() <= claimStart ? claimStart - a.end() : a.start() >= claimEnd ? a.start() - claimEnd : 0;
            if (gap < bestGap) {
                bestGap = gap;
                best = a.speaker();
            }
        }
        return best;
    }

    // "... Anna Karlsson said" -> "Karlsson"; "The Nordic foreign ministers said" -> "foreign ministers"
    private static String subjectBefore(String text, int floor, int verbStart) {
        List<String> words = new ArrayList<>();
        int i = verbStart;
        while (words.size() < 6) {
            int j = i;
            while (j > floor && Character.isWhitespace(text.charAt(j - 1))) {
                j--;
            }
            int k = j;
            while (k > floor && isWordChar(text.charAt(k - 1))) {
                k--;
            }
            if (k == j) {
                break;                                        // punctuation: the subject ends here
            }
            String word = text.substring(k, j);
            i = k;
            if (words.isEmpty() && word.length() > 3 && word.endsWith("ly") && Character.isLowerCase(word.charAt(0))) {
                continue;                                     // "has basically said": the adverb is not the subject
            }
            words.add(0, word);
        }
        if (words.isEmpty()) {
            return null;
        }
        String last = words.get(words.size() - 1);
        if (PRONOUNS.contains(last.toLowerCase(Locale.ROOT)) || STOP.contains(last.toLowerCase(Locale.ROOT))) {
            return null;
        }
        if (Character.isUpperCase(last.charAt(0))) {
            // the capitalised run ending at the verb, with "and" joining two names
            int k = words.size() - 1;
            while (k > 0 && (Character.isUpperCase(words.get(k - 1).charAt(0))
                    || (words.get(k - 1).equals("and") && k > 1 && Character.isUpperCase(words.get(k - 2).charAt(0))))) {
                k--;
            }
            List<String> run = words.subList(k, words.size());
            if (run.contains("and")) {
                int and = run.indexOf("and");
                return person(String.join(" ", run.subList(0, and))) + " and "
                        + person(String.join(" ", run.subList(and + 1, run.size())));
            }
            return person(String.join(" ", run));
        }
        // a common noun phrase: up to two lower-case words ("foreign ministers", "activists")
        String prev = words.size() > 1 ? words.get(words.size() - 2) : null;
        if (prev != null && Character.isLowerCase(prev.charAt(0)) && !STOP.contains(prev)
                && !PRONOUNS.contains(prev)) {
            return prev + " " + last;
        }
        return last;
    }

    /** "Nordic Foreign Minister Anna Karlsson" -> "Karlsson"; "UN" -> "UN"; "Radio Nord's Eva Lind" -> "Lind". */
    static String person(String run) {
        List<String> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(run);
        while (m.find()) {
            tokens.add(m.group());
        }
        if (tokens.isEmpty()) {
            return run.strip();
        }
        int possessive = -1;
        for (int k = 0; k < tokens.size(); k++) {
            String t = tokens.get(k);
            if (t.endsWith("\u2019s") || t.endsWith("'s")) {
                possessive = k;
            }
        }
        List<String> rest = possessive >= 0 && possessive < tokens.size() - 1
                ? tokens.subList(possessive + 1, tokens.size()) : tokens;
        int first = 0;                                   // after the last title word: "... Minister Anna Karlsson"
        for (int k = 0; k < rest.size() - 1; k++) {
            if (TITLES.contains(rest.get(k).toLowerCase(Locale.ROOT))) {
                first = k + 1;
            }
        }
        boolean titled = first > 0;
        List<String> name = rest.subList(first, rest.size());
        if (name.size() == 1) {
            return name.get(0);
        }
        if (titled || name.size() <= 3) {
            return name.get(name.size() - 1);
        }
        return String.join(" ", name);
    }

    // "the UN" -> "UN"; "opposition activists" -> "opposition activists"; "Oslo, the" -> "Oslo"
    private static String nounPhrase(String words) {
        List<String> kept = new ArrayList<>();
        Matcher m = WORD.matcher(words);
        while (m.find()) {
            String w = m.group();
            if (!kept.isEmpty() && (STOP.contains(w.toLowerCase(Locale.ROOT)) || PRONOUNS.contains(w))) {
                break;
            }
            kept.add(w);
            int after = m.end();
            if (after < words.length() && (words.charAt(after) == ',' || words.charAt(after) == '.')) {
                break;
            }
        }
        if (kept.isEmpty() || STOP.contains(kept.get(0).toLowerCase(Locale.ROOT))
                || NOT_SPEAKERS.contains(kept.get(kept.size() - 1).toLowerCase(Locale.ROOT))) {
            return null;
        }
        if (Character.isUpperCase(kept.get(0).charAt(0))) {
            int end = 1;
            while (end < kept.size() && Character.isUpperCase(kept.get(end).charAt(0))) {
                end++;
            }
            if (end == kept.size()) {
                return kept.stream().anyMatch(w -> w.endsWith("\u2019s") || w.endsWith("'s"))
                        ? person(String.join(" ", kept)) : String.join(" ", kept);
            }
        }
        return String.join(" ", kept);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '\u2019' || c == '-' || c == '.';
    }
}
