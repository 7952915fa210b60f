package dev.parallax.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects near-misses up to a bound (the first ones met, facet by facet) and counts them all; NONE keeps none. */
final class NearMisses {

    static final NearMisses NONE = new NearMisses(0);

    private final int limit;
    private final List<NearMiss> kept = new ArrayList<>();
    private int seen;

    NearMisses(int limit) {
        this.limit = Math.max(0, limit);
    }

    boolean wanted() {
        return limit > 0;
    }

    void add(Article article, CompiledFacet facet, Finding finding, int start, int end, String reason) {
        if (!wanted()) {
            return;
        }
        seen++;
        if (kept.size() < limit) {
            kept.add(new NearMiss(facet.key(), finding.value(), start, end, article.text().substring(start, end), reason));
        }
    }

    void add(Article article, CompiledFacet facet, Finding finding, String reason) {
        add(article, facet, finding, finding.start(), finding.end(), reason);
    }

    List<NearMiss> inTextOrder() {
        List<NearMiss> out = new ArrayList<>(kept);
        out.sort(Comparator.comparingInt(NearMiss::start).thenComparingInt(NearMiss::end));
        return out;
    }

    int seen() {
        return seen;
    }
}
