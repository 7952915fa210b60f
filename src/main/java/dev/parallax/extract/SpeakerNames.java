package dev.parallax.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a speaker's name from the words next to a reporting verb: a person's surname when the name follows a title or
 * is a full name ("Foreign Minister Anna Karlsson" -> "Karlsson"), an organisation as written ("UN"), a common noun
 * phrase ("foreign ministers"); pronouns and function words give none. Generic English word lists only.
 */
final class SpeakerNames {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\u2019'\\-]+");
    private static final int MAX_SUBJECT_WORDS = 6;

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

    private SpeakerNames() {
    }

    /** The subject ending right before the verb at {@code verbStart}, not before {@code floor}; null if none. */
    static String subjectBefore(String text, int floor, int verbStart) {
        List<String> words = wordsBefore(text, floor, verbStart);
        if (words.isEmpty()) {
            return null;
        }
        String last = words.get(words.size() - 1);
        if (isPronoun(last) || STOP.contains(last.toLowerCase(Locale.ROOT))) {
            return null;
        }
        return Character.isUpperCase(last.charAt(0)) ? names(words) : commonNoun(words);
    }

    // up to six words back to the nearest punctuation; "has basically said": the adverb is not the subject
    private static List<String> wordsBefore(String text, int floor, int verbStart) {
        List<String> words = new ArrayList<>();
        int i = verbStart;
        while (words.size() < MAX_SUBJECT_WORDS) {
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
            if (!(words.isEmpty() && isAdverb(word))) {
                words.add(0, word);
            }
        }
        return words;
    }

    private static boolean isAdverb(String word) {
        return word.length() > 3 && word.endsWith("ly") && Character.isLowerCase(word.charAt(0));
    }

    // "... Anna Karlsson said" -> "Karlsson": the capitalised run ending at the verb, with "and" joining two names
    private static String names(List<String> words) {
        int k = words.size() - 1;
        while (k > 0 && (capitalised(words.get(k - 1))
                || (words.get(k - 1).equals("and") && k > 1 && capitalised(words.get(k - 2))))) {
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

    // "The Nordic foreign ministers said" -> "foreign ministers": up to two lower-case words
    private static String commonNoun(List<String> words) {
        String last = words.get(words.size() - 1);
        String prev = words.size() > 1 ? words.get(words.size() - 2) : null;
        if (prev != null && Character.isLowerCase(prev.charAt(0)) && !STOP.contains(prev)
                && !PRONOUNS.contains(prev)) {
            return prev + " " + last;
        }
        return last;
    }

    /** "Nordic Foreign Minister Anna Karlsson" -> "Karlsson"; "UN" -> "UN"; "Radio Nord's Eva Lind" -> "Lind". */
    static String person(String run) {
        List<String> tokens = words(run);
        if (tokens.isEmpty()) {
            return run.strip();
        }
        List<String> rest = afterPossessive(tokens);
        int first = afterLastTitle(rest);
        List<String> name = rest.subList(first, rest.size());
        if (name.size() == 1) {
            return name.get(0);
        }
        if (first > 0 || name.size() <= 3) {
            return name.get(name.size() - 1);
        }
        return String.join(" ", name);
    }

    // "Radio Nord's Eva Lind" -> "Eva Lind"
    private static List<String> afterPossessive(List<String> tokens) {
        int possessive = -1;
        for (int k = 0; k < tokens.size(); k++) {
            if (isPossessive(tokens.get(k))) {
                possessive = k;
            }
        }
        return possessive >= 0 && possessive < tokens.size() - 1 ? tokens.subList(possessive + 1, tokens.size())
                : tokens;
    }

    // "... Minister Anna Karlsson" -> the index of "Anna"; 0 without a title (the last word is never one)
    private static int afterLastTitle(List<String> tokens) {
        int first = 0;
        for (int k = 0; k < tokens.size() - 1; k++) {
            if (TITLES.contains(tokens.get(k).toLowerCase(Locale.ROOT))) {
                first = k + 1;
            }
        }
        return first;
    }

    /** "the UN" -> "UN"; "opposition activists" -> "opposition activists"; "Oslo, the" -> "Oslo"; null if none. */
    static String nounPhrase(String words) {
        List<String> kept = phraseWords(words);
        if (kept.isEmpty() || STOP.contains(kept.get(0).toLowerCase(Locale.ROOT))
                || NOT_SPEAKERS.contains(kept.get(kept.size() - 1).toLowerCase(Locale.ROOT))) {
            return null;
        }
        String phrase = String.join(" ", kept);
        if (kept.stream().allMatch(SpeakerNames::capitalised) && kept.stream().anyMatch(SpeakerNames::isPossessive)) {
            return person(phrase);
        }
        return phrase;
    }

    // the words up to a function word, pronoun, comma or full stop
    private static List<String> phraseWords(String words) {
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
        return kept;
    }

    private static List<String> words(String run) {
        List<String> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(run);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    private static boolean isPronoun(String word) {
        return PRONOUNS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean capitalised(String word) {
        return Character.isUpperCase(word.charAt(0));
    }

    private static boolean isPossessive(String word) {
        return word.endsWith("\u2019s") || word.endsWith("'s");
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '\u2019' || c == '-' || c == '.';
    }
}
