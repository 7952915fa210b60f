package dev.parallax.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Cosine of TF-IDF vectors over Lucene's English analysis (standard tokenizer, English possessives, lower case, stop
 * words, Porter stems). Document frequencies come from the facet texts of one agreement; a stem no facet text has
 * counts as if one had it.
 */
final class LexicalSimilarity {

    private static final Analyzer ENGLISH = new EnglishAnalyzer();

    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final int documents;

    LexicalSimilarity(List<String> facetTexts) {
        for (String t : facetTexts) {
            for (String stem : new HashSet<>(stems(t))) {
                documentFrequency.merge(stem, 1, Integer::sum);
            }
        }
        documents = facetTexts.size();
    }

    double score(String sentence, String facetText) {
        return cosine(vector(sentence), vector(facetText));
    }

    Map<String, Double> vector(String text) {
        Map<String, Double> v = new HashMap<>();
        for (String stem : stems(text)) {
            v.merge(stem, 1.0, Double::sum);
        }
        v.replaceAll((stem, tf) -> tf * idf(stem));
        return v;
    }

    double idf(String stem) {
        return Math.log(1 + documents / (double) documentFrequency.getOrDefault(stem, 1));
    }

    static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            dot += e.getValue() * b.getOrDefault(e.getKey(), 0.0);
        }
        double na = norm(a);
        double nb = norm(b);
        return na == 0 || nb == 0 ? 0 : dot / (na * nb);
    }

    private static double norm(Map<String, Double> v) {
        double s = 0;
        for (double x : v.values()) {
            s += x * x;
        }
        return Math.sqrt(s);
    }

    static List<String> stems(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = ENGLISH.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
