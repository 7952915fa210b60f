package dev.parallax.extract;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proposes a facet for each checkable value in a clause's text (quantities, clock times, dates), with the same value
 * readers the extractor uses on articles, so an operator edits proposals instead of writing facets from nothing.
 */
public final class FacetProposals {

    /** Words of a label: at most this many before the value, within its sentence. */
    static final int LABEL_WORDS = 5;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");

    private FacetProposals() {
    }

    /** The proposals for one clause text, in text order; {@code signedOn} and {@code zone} read its dates and times. */
    public static List<FacetProposal> of(String clauseText, LocalDate signedOn, ZoneId zone) {
        Article article = Article.read(new ExtractionInput(clauseText, null, signedOn, zone, List.of()));
        List<Mention> mentions = new ArrayList<>(article.times());
        mentions.addAll(article.dates());
        mentions.addAll(article.quantities());
        mentions.sort(Comparator.comparingInt(Mention::start));
        List<FacetProposal> proposals = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            String exact = clauseText.substring(m.start(), m.end());
            int sentence = article.sentences().indexOf(m.start());
            int from = sentence < 0 ? 0 : article.sentences().start(sentence);
            proposals.add(new FacetProposal(m.kind(), m.value(), m.start(), m.end(), exact,
                    label(clauseText.substring(from, m.start()), exact)));
        }
        return proposals;
    }

    /** The last few words of the sentence before the value, then the value: "Create a security zone at least 50 km". */
    static String label(String before, String exact) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(before);
        while (m.find()) {
            words.add(m.group());
        }
        List<String> last = words.subList(Math.max(0, words.size() - LABEL_WORDS), words.size());
        String text = (String.join(" ", last) + " " + exact).strip();
        return text.isEmpty() ? exact : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
