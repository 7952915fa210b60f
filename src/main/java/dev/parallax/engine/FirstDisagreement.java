package dev.parallax.engine;

import java.util.List;
import java.util.Optional;

/**
 * The first pair of readings from different sources that disagree, in source then claim order, found with a
 * constant number of comparisons per reading (an {@link Envelope} of every later source) instead of one per pair.
 */
final class FirstDisagreement {

    /** The earlier source's reading, the later one's, and why they disagree. */
    record Pair(Reading earlier, Reading later, ValueMatch match) {
    }

    private FirstDisagreement() {
    }

    /** {@code sources} holds each source's readings, one source per entry, in column order. */
    static Optional<Pair> find(List<List<Reading>> sources, ReadingMatcher matcher) {
        int n = sources.size();
        Envelope[] after = new Envelope[n + 1];
        after[n] = new Envelope(matcher);
        for (int k = n - 1; k > 0; k--) {
            after[k] = after[k + 1].copy();
            sources.get(k).forEach(after[k]::add);
        }
        for (int i = 0; i + 1 < n; i++) {
            if (!after[i + 1].disagreesWithAny(sources.get(i))) {
                continue;
            }
            Optional<Pair> pair = firstLaterPartner(sources, i, matcher);
            if (pair.isPresent()) {
                return pair;
            }
        }
        return Optional.empty();
    }

    // The first later source with a reading that disagrees with one of source i's, then the first such pair.
    private static Optional<Pair> firstLaterPartner(List<List<Reading>> sources, int i, ReadingMatcher matcher) {
        List<Reading> earlier = sources.get(i);
        Envelope ofEarlier = Envelope.of(earlier, matcher);
        for (int j = i + 1; j < sources.size(); j++) {
            List<Reading> later = sources.get(j);
            if (!ofEarlier.disagreesWithAny(later)) {
                continue;
            }
            Envelope ofLater = Envelope.of(later, matcher);
            for (Reading a : earlier) {
                if (!ofLater.disagreesWith(a)) {
                    continue;
                }
                for (Reading b : later) {
                    ValueMatch match = matcher.compare(a, b);
                    if (match.disagrees()) {
                        return Optional.of(new Pair(a, b, match));
                    }
                }
            }
        }
        return Optional.empty();
    }
}
