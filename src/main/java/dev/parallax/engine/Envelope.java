package dev.parallax.engine;

import dev.parallax.value.InstantValue;
import dev.parallax.value.ValueKind;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Two readings per kind that stand for a whole set when asking "does x disagree with any of them?".
 * Ranges (quantities, instants with their tolerance) disagree exactly when one ends before the other starts,
 * so the reading with the highest low and the one with the lowest high decide; for dates, names and assertions
 * (equal or not) two readings that differ decide.
 */
final class Envelope {

    private final Map<ValueKind, Reading[]> byKind = new EnumMap<>(ValueKind.class);
    private final ReadingMatcher matcher;

    Envelope(ReadingMatcher matcher) {
        this.matcher = matcher;
    }

    static Envelope of(List<Reading> readings, ReadingMatcher matcher) {
        Envelope e = new Envelope(matcher);
        readings.forEach(e::add);
        return e;
    }

    Envelope copy() {
        Envelope e = new Envelope(matcher);
        byKind.forEach((kind, pair) -> e.byKind.put(kind, pair.clone()));
        return e;
    }

    void add(Reading r) {
        if (!r.isCheckable()) {
            return;
        }
        Reading[] pair = byKind.get(r.kind());
        if (pair == null) {
            byKind.put(r.kind(), new Reading[] {r, isRange(r) ? r : null});
        } else if (isRange(r)) {
            if (lowAbove(r, pair[0])) {
                pair[0] = r;
            }
            if (highBelow(r, pair[1])) {
                pair[1] = r;
            }
        } else if (pair[1] == null && matcher.compare(r, pair[0]).disagrees()) {
            pair[1] = r;
        }
    }

    /** True when x disagrees with at least one reading added. */
    boolean disagreesWith(Reading x) {
        if (!x.isCheckable()) {
            return false;
        }
        Reading[] pair = byKind.get(x.kind());
        if (pair == null) {
            return false;
        }
        return matcher.compare(x, pair[0]).disagrees() || (pair[1] != null && matcher.compare(x, pair[1]).disagrees());
    }

    /** True when some reading of the list disagrees with at least one reading added. */
    boolean disagreesWithAny(List<Reading> readings) {
        for (Reading r : readings) {
            if (disagreesWith(r)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRange(Reading r) {
        return r.interval() != null || r.value() instanceof InstantValue;
    }

    private static boolean lowAbove(Reading r, Reading than) {
        if (r.interval() != null) {
            return r.interval().compareLow(than.interval()) > 0;
        }
        return low((InstantValue) r.value()).isAfter(low((InstantValue) than.value()));
    }

    private static boolean highBelow(Reading r, Reading than) {
        if (r.interval() != null) {
            return r.interval().compareHigh(than.interval()) < 0;
        }
        return high((InstantValue) r.value()).isBefore(high((InstantValue) than.value()));
    }

    // Two instants agree when their gap is at most the sum of their tolerances: when [at - tol, at + tol] meet.
    private static Instant low(InstantValue v) {
        return v.at().toInstant().minus(v.tolerance());
    }

    private static Instant high(InstantValue v) {
        return v.at().toInstant().plus(v.tolerance());
    }
}
