package dev.parallax.engine;

import dev.parallax.value.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where a verdict is decided: one source's claims on one facet (or on a sum's parts) against the agreement. */
final class VerdictRules {

    private VerdictRules() {
    }

    /**
     * Judges one cell. Direct claims decide it; failing those, a sum facet is derived from the source's part claims;
     * failing that, the source omits the point.
     */
    static Judgement judge(FacetContext ctx, long sourceId, Map<String, List<ClaimInput>> sourceClaimsByFacet) {
        List<ClaimInput> direct = sourceClaimsByFacet.getOrDefault(ctx.facet().key(), List.of());
        if (!direct.isEmpty()) {
            List<Reading> readings = direct.stream().map(c -> Reading.stated(c.value())).toList();
            List<Long> ids = direct.stream().map(ClaimInput::id).toList();
            if (!ctx.clause()) {
                return judgement(sourceId, Verdict.REPORTS, Explanations.reports(readings, ctx.names()), ids, false,
                        readings);
            }
            return againstAgreement(ctx, sourceId, readings, ids);
        }
        if (ctx.facet().isDerived()) {
            Optional<List<ClaimInput>> parts = DerivedSums.partClaims(ctx.facet(), sourceClaimsByFacet);
            if (parts.isPresent()) {
                return derived(ctx, sourceId, parts.get());
            }
        }
        return judgement(sourceId, Verdict.OMITS, Explanations.NO_STATEMENT, List.of(), false, List.of());
    }

    /** CONFLICTS if any checkable claim disagrees, else MATCHES if any agrees, else PARTIAL. */
    static Verdict fromOutcomes(List<ValueMatch> outcomes) {
        if (outcomes.stream().anyMatch(ValueMatch::disagrees)) {
            return Verdict.CONFLICTS;
        }
        if (outcomes.stream().anyMatch(ValueMatch::agrees)) {
            return Verdict.MATCHES;
        }
        return Verdict.PARTIAL;
    }

    private static Judgement againstAgreement(FacetContext ctx, long sourceId, List<Reading> readings, List<Long> ids) {
        Reading expected = Reading.expected(ctx.expected());
        List<ValueMatch> outcomes = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (Reading reading : readings) {
            ValueMatch match = ValueMatcher.againstAgreement(reading, expected, ctx.names());
            outcomes.add(match);
            lines.add(match.outcome() == ValueMatch.Outcome.NOT_COMPARABLE
                    ? Explanations.uncheckable(reading)
                    : Explanations.againstAgreement(reading, ctx.expected(), ctx.names()));
        }
        return judgement(sourceId, fromOutcomes(outcomes), String.join(" | ", lines), ids, false, readings);
    }

    private static Judgement derived(FacetContext ctx, long sourceId, List<ClaimInput> partClaims) {
        Reading sum = Reading.derived(partClaims.stream().map(c -> (Quantity) c.value()).toList());
        List<Long> ids = partClaims.stream().map(ClaimInput::id).toList();
        if (!ctx.clause()) {
            return judgement(sourceId, Verdict.REPORTS, Explanations.reports(List.of(sum), ctx.names()), ids, true,
                    List.of(sum));
        }
        ValueMatch match = ValueMatcher.compare(sum, Reading.expected(ctx.expected()), ctx.names());
        return judgement(sourceId, fromOutcomes(List.of(match)),
                Explanations.againstAgreement(sum, ctx.expected(), ctx.names()), ids, true, List.of(sum));
    }

    private static Judgement judgement(long sourceId, Verdict verdict, String explanation, List<Long> ids,
                                       boolean derived, List<Reading> readings) {
        return new Judgement(new Cell(sourceId, verdict, explanation, ids, derived), readings);
    }
}
