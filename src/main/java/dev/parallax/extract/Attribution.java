package dev.parallax.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who a sentence attributes its statements to, from reporting verbs and phrases: "Karlsson said", "said
 * Karlsson", "X told ...", "according to the UN", "the foreign ministers said". The speaker is the name next to the
 * verb, as {@link SpeakerNames} reads it. Generic English patterns only: no list of names.
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
    private static final Pattern PRONOUN_START = Pattern.compile("(?:It|He|She|They)(?![\\p{L}])");

    /** The sentence [start, end) of the text. */
    private record Sentence(String text, int start, int end) {

        /** What {@code read} makes of each match of {@code p} in the sentence, leaving out nulls. */
        List<Attributed> each(Pattern p, Function<MatchResult, Attributed> read) {
            List<Attributed> out = new ArrayList<>();
            Matcher m = p.matcher(text).region(start, end);
            m.useTransparentBounds(true);
            while (m.find()) {
                Attributed a = read.apply(m);
                if (a != null) {
                    out.add(a);
                }
            }
            return out;
        }
    }

    private Attribution() {
    }

    /** Every attribution in the sentence [start, end): "according to ...", then "said X", then "X said". */
    static List<Attributed> find(String text, int start, int end) {
        Sentence s = new Sentence(text, start, end);
        List<Attributed> out = new ArrayList<>(s.each(ACCORDING, Attribution::according));
        out.addAll(s.each(VERB_BEFORE_NAME, m -> new Attributed(m.start(1), m.end(),
                SpeakerNames.person(m.group(3)))));
        out.addAll(s.each(VERB_AFTER_NAME, m -> nameBefore(s, m)));
        return out;
    }

    /**
     * The speaker of the claim at [claimStart, claimEnd) in sentence {@code index}: the nearest attribution in the
     * sentence; failing that, a sentence opening with a pronoun ("It will ease the strain ...") goes on in the voice
     * of the sentence before.
     */
    static String speakerFor(String text, Sentences sentences, int index, int claimStart, int claimEnd) {
        return speakerFor(text, sentences, index, claimStart, claimEnd,
                i -> find(text, sentences.start(i), sentences.end(i)));
    }

    /** As above, with the attributions of sentence i from {@code found}, so a caller can read each sentence once. */
    static String speakerFor(String text, Sentences sentences, int index, int claimStart, int claimEnd,
                             IntFunction<List<Attributed>> found) {
        int start = sentences.start(index);
        String own = nearest(found.apply(index), claimStart, claimEnd);
        if (own != null || index == 0 || !PRONOUN_START.matcher(text).region(start, sentences.end(index)).lookingAt()) {
            return own;
        }
        int prev = index - 1;
        return nearest(found.apply(prev), sentences.end(prev), sentences.end(prev));
    }

    /** The speaker of the attribution in [start, end) nearest to [claimStart, claimEnd), or null. */
    static String speakerFor(String text, int start, int end, int claimStart, int claimEnd) {
        return nearest(find(text, start, end), claimStart, claimEnd);
    }

    private static String nearest(List<Attributed> attributions, int claimStart, int claimEnd) {
        String best = null;
        int bestGap = Integer.MAX_VALUE;
        for (Attributed a : attributions) {
            int gap = a.end() <= claimStart ? claimStart - a.end() : a.start() >= claimEnd ? a.start() - claimEnd : 0;
            if (gap < bestGap) {
                bestGap = gap;
                best = a.speaker();
            }
        }
        return best;
    }

    // "according to the UN"
    private static Attributed according(MatchResult m) {
        String np = SpeakerNames.nounPhrase(m.group(1));
        return np == null ? null : new Attributed(m.start(), m.end(), np);
    }

    // "Anna Karlsson said ..."
    private static Attributed nameBefore(Sentence s, MatchResult verb) {
        String speaker = SpeakerNames.subjectBefore(s.text(), s.start(), verb.start());
        return speaker == null ? null
                : new Attributed(Math.max(s.start(), verb.start() - speaker.length() - 1), verb.end(), speaker);
    }
}
