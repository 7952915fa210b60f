package dev.parallax.extract;

import dev.parallax.value.NameEntry;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One facet as a weighted bag of stems from its label, description, names and clause (each field counts a stem once,
 * at the field's weight), optionally weighted by rarity among the agreement's facets and scaled to unit length; and,
 * for each stem, the field that gave it the most weight (for the reason a reviewer reads).
 */
record FacetProfile(Map<String, Double> weights, Map<String, String> fieldOf) {

    /** True when the facet has no words to align by. */
    boolean isEmpty() {
        return weights.isEmpty();
    }

    /** The raw bag of one facet: stem to summed field weight, and the field that gave each stem the most. */
    record Bag(Map<String, Double> weights, Map<String, String> fieldOf) {
    }

    static Bag bag(FacetHints facet, AlignmentSettings s) {
        FacetWords w = facet.words();
        Map<String, Double> weights = new LinkedHashMap<>();
        Map<String, String> fieldOf = new HashMap<>();
        Map<String, Double> fieldWeight = new HashMap<>();
        StringBuilder names = new StringBuilder();
        for (NameEntry n : facet.names()) {
            names.append(n.canonical()).append(' ');
            n.aliases().forEach(a -> names.append(a).append(' '));
        }
        String[][] fields = {{w.label(), "label"}, {w.description(), "description"}, {names.toString(), "names"},
                {w.clauseTitle(), "clause title"}, {w.clauseText(), "clause text"}};
        double[] fieldWeights = {s.label(), s.description(), s.names(), s.clauseTitle(), s.clauseText()};
        for (int i = 0; i < fields.length; i++) {
            if (fieldWeights[i] <= 0 || fields[i][0].isBlank()) {
                continue;
            }
            Set<String> once = new HashSet<>();
            for (Stems.Stem stem : Stems.of(fields[i][0])) {
                String t = stem.term();
                if (once.add(t)) {
                    weights.merge(t, fieldWeights[i], Double::sum);
                    if (fieldWeights[i] > fieldWeight.getOrDefault(t, 0.0)) {
                        fieldWeight.put(t, fieldWeights[i]);
                        fieldOf.put(t, fields[i][1]);
                    }
                }
            }
        }
        return new Bag(weights, fieldOf);
    }

    /** Profiles of all facets: bags weighted by IDF over the facets (when asked) and scaled to unit length. */
    static List<FacetProfile> of(List<FacetHints> facets, AlignmentSettings s) {
        List<Bag> bags = facets.stream().map(f -> bag(f, s)).toList();
        Map<String, Integer> df = new HashMap<>();
        for (Bag b : bags) {
            b.weights().keySet().forEach(t -> df.merge(t, 1, Integer::sum));
        }
        int n = Math.max(1, (int) bags.stream().filter(b -> !b.weights().isEmpty()).count());
        return bags.stream().map(b -> profile(b, df, n, s)).toList();
    }

    private static FacetProfile profile(Bag bag, Map<String, Integer> df, int n, AlignmentSettings s) {
        Map<String, Double> w = new HashMap<>();
        double norm = 0;
        for (Map.Entry<String, Double> e : bag.weights().entrySet()) {
            double v = s.idf() ? e.getValue() * Math.log(1.0 + (double) n / df.get(e.getKey())) : e.getValue();
            w.put(e.getKey(), v);
            norm += s.idf() ? v * v : v;
        }
        double scale = norm == 0 ? 0 : s.idf() ? 1.0 / Math.sqrt(norm) : 1.0 / norm;
        w.replaceAll((t, v) -> v * scale);
        return new FacetProfile(Map.copyOf(w), Map.copyOf(bag.fieldOf()));
    }
}
