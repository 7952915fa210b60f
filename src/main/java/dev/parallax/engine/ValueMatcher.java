package dev.parallax.engine;

import dev.parallax.value.AssertionValue;
import dev.parallax.value.DateValue;
import dev.parallax.value.InstantValue;
import dev.parallax.value.NameValue;
import dev.parallax.value.ValueFormat;
import dev.parallax.value.ValueKind;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Decides whether two readings agree: intervals overlap, instants within tolerances, same date, name or assertion; a
 * claimed date against the agreement's instant at date precision.
 */
final class ValueMatcher {

    private static final ZoneOffset EARLIEST_ZONE = ZoneOffset.ofHours(14);
    private static final ZoneOffset LATEST_ZONE = ZoneOffset.ofHours(-12);

    private ValueMatcher() {
    }

    /**
     * A claim against the agreement's value: as {@link #compare}, and a date without a time against the agreement's
     * moment at date precision. Between sources (the consensus) a date and a moment stay not comparable, so the
     * envelope, which groups readings by kind, finds every disagreement the pairwise search finds.
     */
    static ValueMatch againstAgreement(Reading claim, Reading expected, NameResolver names) {
        if (claim.value() instanceof DateValue d && expected.value() instanceof InstantValue i) {
            return dateOfInstant(d, i);
        }
        return compare(claim, expected, names);
    }

    static ValueMatch compare(Reading a, Reading b, NameResolver names) {
        if (!a.isCheckable() || !b.isCheckable()) {
            return new ValueMatch(ValueMatch.Outcome.NOT_COMPARABLE, "no checkable value");
        }
        if (a.kind() != b.kind()) {
            return new ValueMatch(ValueMatch.Outcome.NOT_COMPARABLE, a.kind() + " and " + b.kind() + " cannot be compared");
        }
        if (a.interval() != null) {
            boolean overlap = a.interval().overlaps(b.interval());
            return of(overlap, overlap ? "overlap" : "no overlap");
        }
        if (a.value() instanceof InstantValue x && b.value() instanceof InstantValue y) {
            return instants(x, y);
        }
        if (a.value() instanceof DateValue x && b.value() instanceof DateValue y) {
            boolean same = x.date().equals(y.date());
            return of(same, same ? "same date" : "different dates");
        }
        if (a.value() instanceof NameValue x && b.value() instanceof NameValue y) {
            boolean same = names.key(x).equals(names.key(y));
            String noun = x.kind() == ValueKind.PLACE ? "place" : "actor";
            return of(same, same ? "same " + noun : "different " + noun + "s");
        }
        AssertionValue x = (AssertionValue) a.value();
        AssertionValue y = (AssertionValue) b.value();
        boolean same = x.holds() == y.holds();
        return of(same, same ? (x.holds() ? "both affirm" : "both deny") : "one affirms, the other denies");
    }

    // Offsets differ between sources; comparing instants (not local times) is comparing in UTC.
    private static ValueMatch instants(InstantValue x, InstantValue y) {
        Duration gap = Duration.between(x.at().toInstant(), y.at().toInstant()).abs();
        Duration allowed = x.tolerance().plus(y.tolerance());
        boolean within = gap.compareTo(allowed) <= 0;
        if (gap.isZero()) {
            return of(true, "same moment");
        }
        String apart = ValueFormat.duration(gap) + " apart";
        if (allowed.isZero()) {
            return of(false, apart + ", no tolerance");
        }
        return of(within, apart + (within ? ", within ±" : ", beyond ±") + ValueFormat.duration(allowed));
    }

    /**
     * A date without a time against a moment, at date precision: the date agrees when the moment (within its
     * tolerance) falls on it in some time zone (UTC-12 to UTC+14), since the source's zone is not known; "Thursday" in
     * Los Angeles is Friday morning in Doha.
     */
    private static ValueMatch dateOfInstant(DateValue d, InstantValue i) {
        Instant dayStarts = d.date().atStartOfDay().toInstant(EARLIEST_ZONE);
        Instant dayEnds = d.date().plusDays(1).atStartOfDay().toInstant(LATEST_ZONE);
        Instant from = i.at().toInstant().minus(i.tolerance());
        Instant to = i.at().toInstant().plus(i.tolerance());
        boolean on = from.isBefore(dayEnds) && !to.isBefore(dayStarts);
        return of(on, on ? "date only: the moment falls on that date" : "date only: the moment falls on another date"
                + " in every time zone");
    }

    private static ValueMatch of(boolean agrees, String reason) {
        return new ValueMatch(agrees ? ValueMatch.Outcome.AGREES : ValueMatch.Outcome.DISAGREES, reason);
    }
}
