package dev.parallax.engine;

import java.util.List;
import java.util.function.LongUnaryOperator;

/** How many independent sources (groups of near-duplicates) report a point, and how many more are copies. */
record Independence(int independent, int copies) {

    static Independence of(List<Judgement> reporting, LongUnaryOperator groupOf) {
        int sources = (int) reporting.stream().mapToLong(j -> j.cell().sourceId()).distinct().count();
        int groups = (int) reporting.stream().mapToLong(j -> groupOf.applyAsLong(j.cell().sourceId())).distinct().count();
        return new Independence(groups, sources - groups);
    }

    String copiesPhrase() {
        return copies + " more " + (copies == 1 ? "is a copy" : "are copies");
    }
}
