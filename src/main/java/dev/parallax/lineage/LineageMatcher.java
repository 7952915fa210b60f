package dev.parallax.lineage;

import dev.parallax.shingle.MinHash;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Decides how a new source descends from its agreement's others, by a plain scan of their stored signatures
 * ({@value MinHash#SIZE} integer comparisons per source: a few milliseconds at thousands of sources, so no LSH
 * index). A previous version at the same URL wins; else the most similar source at or above the threshold makes
 * the new source a copy of that source's group's original. Marks a replaced previous version (a managed row, so
 * the change is written with the transaction).
 */
final class LineageMatcher {

    private LineageMatcher() {
    }

    static SourceLineage place(long sourceId, long agreementId, int[] signature, List<SourceLineage> others,
            Long previousVersion, double threshold) {
        SourceLineage row = new SourceLineage();
        row.sourceId = sourceId;
        row.agreementId = agreementId;
        row.signature = MinHash.toBytes(signature);
        Map<Long, SourceLineage> byId = others.stream().collect(Collectors.toMap(o -> o.sourceId, Function.identity()));
        SourceLineage previous = previousVersion == null ? null : byId.get(previousVersion);
        if (previous != null) {
            row.previousVersion = previous.sourceId;
            previous.supersededBy = sourceId;
            row.firstVersion = previous.firstVersion != null ? previous.firstVersion : previous.sourceId;
            row.versionSimilarity = similarity(signature, previous);
            row.copyOf = previous.copyOf;
            row.copySimilarity = previous.copyOf == null ? null : similarityTo(signature, byId.get(previous.copyOf),
                    previous.copySimilarity);
            return row;
        }
        SourceLineage best = null;
        double bestSimilarity = -1;
        for (SourceLineage other : others) {
            double s = similarity(signature, other);
            if (s >= threshold && s > bestSimilarity) {
                best = other;
                bestSimilarity = s;
            }
        }
        if (best != null) {
            row.copyOf = best.group();
            row.copySimilarity = similarityTo(signature, byId.get(row.copyOf), bestSimilarity);
        }
        return row;
    }

    private static double similarity(int[] signature, SourceLineage other) {
        return MinHash.similarity(signature, MinHash.fromBytes(other.signature));
    }

    private static double similarityTo(int[] signature, SourceLineage original, Double otherwise) {
        return original != null ? similarity(signature, original) : otherwise;
    }
}
