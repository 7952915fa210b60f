package dev.parallax.lineage;

import dev.parallax.claim.Claim;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Combines the claims carried over to a new version with the extractor's suggestions for it. */
public final class CarriedClaims {

    private CarriedClaims() {
    }

    /** The suggestions that do not repeat a carried claim (same facet, same span): the carried one already says it. */
    public static List<Claim> without(List<Claim> suggested, List<Claim> carried) {
        if (carried.isEmpty()) {
            return suggested;
        }
        Set<List<Long>> taken = new HashSet<>();
        carried.forEach(c -> taken.add(key(c)));
        return suggested.stream().filter(c -> !taken.contains(key(c))).toList();
    }

    /** Carried and suggested claims together, in text order. */
    public static List<Claim> merge(List<Claim> carried, List<Claim> suggested) {
        if (carried.isEmpty()) {
            return suggested;
        }
        List<Claim> all = new ArrayList<>(carried);
        all.addAll(suggested);
        all.sort(Comparator.comparingInt((Claim c) -> c.quoteStart).thenComparingInt(c -> c.quoteEnd));
        return all;
    }

    private static List<Long> key(Claim c) {
        return List.of(c.facetId, (long) c.quoteStart, (long) c.quoteEnd);
    }
}
