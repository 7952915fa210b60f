package dev.parallax.engine;

import dev.parallax.value.InstantValue;
import dev.parallax.value.NameValue;
import dev.parallax.value.Quantity;
import dev.parallax.value.QuantityUnits;
import dev.parallax.value.TextValue;
import dev.parallax.value.Value;
import dev.parallax.value.ValueFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

/** One-line working shown next to verdicts: "3 mi ≈ 4.0–5.6 km; agreement: 6 km". */
final class Explanations {

    static final String NO_STATEMENT = "no statement on this point";

    private Explanations() {
    }

    /** A claim (or derived sum) against the agreement's expected value. */
    static String againstAgreement(Reading claim, Value expected, NameResolver names) {
        String unit = expected instanceof Quantity q ? q.unit() : null;
        return working(claim, unit, names) + "; agreement: " + expectedWorking(expected, claim);
    }

    /** A claim that speaks to the point without anything to check. */
    static String uncheckable(Reading claim) {
        if (claim.value() instanceof TextValue t) {
            return ValueFormat.quoted(t.text()) + " has no checkable value";
        }
        return ValueFormat.value(claim.value()) + " is a " + claim.kind() + " value and cannot be checked here";
    }

    /** What a source reports on a context facet: "reports 29 (28.5–29.5)". */
    static String reports(List<Reading> readings, NameResolver names) {
        return "reports " + readings.stream().map(r -> working(r, null, names)).collect(Collectors.joining(", "));
    }

    /** Two disagreeing readings: "29 (28.5–29.5) vs 33 (32.5–33.5): no overlap". */
    static String pair(Reading a, Reading b, String displayUnit, NameResolver names, String reason) {
        return working(a, displayUnit, names) + " vs " + working(b, displayUnit, names) + ": " + reason;
    }

    /** Sources split on the agreement: "≈ 6 km (5.4–6.6 km) matches but 5.4 km (…) conflicts; agreement: 6 km". */
    static String split(Reading match, Reading conflict, Value expected, NameResolver names) {
        String unit = expected instanceof Quantity q ? q.unit() : null;
        return working(match, unit, names) + " matches but " + working(conflict, unit, names)
                + " conflicts; agreement: " + expectedWorking(expected, conflict);
    }

    /**
     * A reading with its working; a quantity's interval is shown in displayUnit, or in its own unit when null.
     */
    static String working(Reading r, String displayUnit, NameResolver names) {
        if (r.interval() != null) {
            return quantityWorking(r, displayUnit);
        }
        Value v = r.value();
        if (v instanceof InstantValue i) {
            return instantWorking(i, null);
        }
        if (v instanceof NameValue n && names.isRenamed(n)) {
            return n.name() + " (= " + names.canonical(n) + ")";
        }
        return ValueFormat.value(v);
    }

    private static String quantityWorking(Reading r, String displayUnit) {
        if (r.isDerived()) {
            String unit = displayUnit != null ? displayUnit : QuantityUnits.canonicalUnit(r.kind());
            String sum = r.parts().stream().map(ValueFormat::quantity).collect(Collectors.joining(" + "));
            return "derived: " + sum + " ≈ " + ValueFormat.interval(r.interval(), unit);
        }
        Quantity q = (Quantity) r.value();
        String unit = displayUnit != null ? displayUnit : q.unit();
        String label = ValueFormat.quantity(q);
        String range = ValueFormat.interval(r.interval(), unit);
        return unit.equals(q.unit()) ? label + " (" + range + ")" : label + " ≈ " + range;
    }

    // The agreement's side is a plain statement; an instant repeats the date only if it differs from the claim's.
    private static String expectedWorking(Value expected, Reading claim) {
        if (expected instanceof InstantValue i) {
            LocalDate claimDate = claim.value() instanceof InstantValue c ? utc(c.at()).toLocalDate() : null;
            return instantWorking(i, claimDate);
        }
        return ValueFormat.value(expected);
    }

    /** "00:00 UTC+3 ±5 min = 21:00 UTC on 5 March"; the date is left out when it equals omitDate. */
    private static String instantWorking(InstantValue i, LocalDate omitDate) {
        OffsetDateTime utc = utc(i.at());
        StringBuilder s = new StringBuilder(ValueFormat.time(i.at())).append(ValueFormat.tolerance(i.tolerance()));
        if (!i.at().getOffset().equals(ZoneOffset.UTC)) {
            s.append(" = ").append(ValueFormat.time(utc));
        }
        if (!utc.toLocalDate().equals(omitDate)) {
            s.append(" on ").append(ValueFormat.dayMonth(utc.toLocalDate()));
        }
        return s.toString();
    }

    private static OffsetDateTime utc(OffsetDateTime at) {
        return at.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
