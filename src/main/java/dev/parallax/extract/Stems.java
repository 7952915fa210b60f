package dev.parallax.extract;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Lucene's English analysis (standard tokenizer, possessives, lower case, English stop words, Porter stemming): text
 * into stems with their offsets. Tokens made only of digits are dropped: they are values, not words about a facet.
 */
final class Stems {

    /** One stem and the span [start, end) of the word it came from. */
    record Stem(String term, int start, int end) {
    }

    // instantiated directly (no SPI lookup by name); an Analyzer is safe to share between threads
    private static final Analyzer ENGLISH = new EnglishAnalyzer();

    private Stems() {
    }

    /** The stems of text[from, to), offsets in the whole text. */
    static List<Stem> of(String text, int from, int to) {
        List<Stem> out = new ArrayList<>();
        try (TokenStream ts = ENGLISH.tokenStream("", text.substring(from, to))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String t = term.toString();
                if (!t.chars().allMatch(Character::isDigit)) {
                    out.add(new Stem(t, from + offset.startOffset(), from + offset.endOffset()));
                }
            }
            ts.end();
        } catch (Exception e) {                          // Lucene declares IOException; reading a String does no I/O
            throw new IllegalStateException("analysing text failed", e);
        }
        return out;
    }

    /** The stems of a whole text. */
    static List<Stem> of(String text) {
        return of(text, 0, text.length());
    }
}
