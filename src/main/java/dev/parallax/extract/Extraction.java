package dev.parallax.extract;

import java.util.List;

/**
 * What one extraction found: the suggestions (as {@link Extractor#extract} returns them) and the near-misses, at most
 * the number asked for, in text order; {@code nearMissesSeen} counts every near-miss, kept or not.
 */
public record Extraction(List<SuggestedClaim> suggestions, List<NearMiss> nearMisses, int nearMissesSeen) {

    public Extraction {
        suggestions = List.copyOf(suggestions);
        nearMisses = List.copyOf(nearMisses);
    }
}
