package dev.parallax.engine;

import dev.parallax.value.ValueFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongUnaryOperator;
import java.util.stream.Collectors;

/**
 * Finds copies that changed what they say on a point: each member of a group of near-duplicates against the group's
 * earliest compared member (the lowest source ID), by the values of their claims on the facet, in text order.
 */
final class CopyChanges {

    private CopyChanges() {
    }

    /** Per changed copy, e.g. "copy changed 12 km to 7 mi"; sources alone in their group never appear. */
    static Map<Long, String> find(List<Long> sourceIds, Map<Long, List<ClaimInput>> claimsBySource,
            LongUnaryOperator groupOf) {
        Map<Long, TreeMap<Long, Boolean>> groups = new LinkedHashMap<>();
        for (long id : sourceIds) {
            groups.computeIfAbsent(groupOf.applyAsLong(id), g -> new TreeMap<>()).put(id, true);
        }
        Map<Long, String> changes = new LinkedHashMap<>();
        for (TreeMap<Long, Boolean> members : groups.values()) {
            if (members.size() < 2) {
                continue;
            }
            String reference = values(claimsBySource.get(members.firstKey()));
            for (long copy : new ArrayList<>(members.tailMap(members.firstKey(), false).keySet())) {
                String said = values(claimsBySource.get(copy));
                if (!said.equals(reference)) {
                    changes.put(copy, reference.isEmpty() ? "copy added " + said
                            : said.isEmpty() ? "copy dropped " + reference
                            : "copy changed " + reference + " to " + said);
                }
            }
        }
        return changes;
    }

    private static String values(List<ClaimInput> claims) {
        return claims == null ? "" : claims.stream().map(c -> ValueFormat.value(c.value()))
                .collect(Collectors.joining(", "));
    }
}
