package dev.parallax.engine;

import dev.parallax.value.Quantity;
import dev.parallax.value.QuantityUnits;
import java.util.List;
import java.util.Optional;

/** Where a consensus is decided: how the sources that speak to a facet stand against each other. */
final class ConsensusRules {

    /** The consensus and the line that justifies it. */
    record Decision(Consensus consensus, String explanation) {
    }

    private ConsensusRules() {
    }

    static Decision decide(FacetContext ctx, List<Judgement> judgements) {
        List<Judgement> reporting = judgements.stream().filter(j -> j.cell().verdict() != Verdict.OMITS).toList();
        if (reporting.isEmpty()) {
            return new Decision(Consensus.UNREPORTED, "no source reports this point");
        }
        if (reporting.size() == 1) {
            return new Decision(Consensus.SINGLE_SOURCE, "only one source reports this point");
        }
        Optional<String> clash = firstDisagreement(ctx, reporting);
        if (clash.isPresent()) {
            return new Decision(Consensus.DISPUTED, clash.get());
        }
        Optional<Reading> match = first(ctx, reporting, Verdict.MATCHES);
        Optional<Reading> conflict = first(ctx, reporting, Verdict.CONFLICTS);
        if (match.isPresent() && conflict.isPresent()) {
            return new Decision(Consensus.DISPUTED,
                    Explanations.split(match.get(), conflict.get(), ctx.expected(), ctx.names()));
        }
        return new Decision(Consensus.AGREED, "all " + reporting.size() + " reporting sources agree");
    }

    /** The first pair of checkable readings from different sources that disagree, in source then claim order. */
    private static Optional<String> firstDisagreement(FacetContext ctx, List<Judgement> reporting) {
        for (int i = 0; i < reporting.size(); i++) {
            for (int j = i + 1; j < reporting.size(); j++) {
                if (reporting.get(i).cell().sourceId() == reporting.get(j).cell().sourceId()) {
                    continue;
                }
                for (Reading a : reporting.get(i).readings()) {
                    for (Reading b : reporting.get(j).readings()) {
                        ValueMatch match = ValueMatcher.compare(a, b, ctx.names());
                        if (match.disagrees()) {
                            return Optional.of(Explanations.pair(a, b, displayUnit(ctx, a, b), ctx.names(),
                                    match.reason()));
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    // Show both sides in the agreement's unit, else in the unit they share, else in the canonical unit.
    private static String displayUnit(FacetContext ctx, Reading a, Reading b) {
        if (a.interval() == null) {
            return null;
        }
        if (ctx.expected() instanceof Quantity q) {
            return q.unit();
        }
        if (a.value() instanceof Quantity x && b.value() instanceof Quantity y && x.unit().equals(y.unit())) {
            return x.unit();
        }
        return QuantityUnits.canonicalUnit(a.kind());
    }

    /** The reading that earned the first cell with this verdict: one agreeing (MATCHES) or disagreeing (CONFLICTS). */
    private static Optional<Reading> first(FacetContext ctx, List<Judgement> judgements, Verdict verdict) {
        Reading expected = Reading.expected(ctx.expected());
        return judgements.stream()
                .filter(j -> j.cell().verdict() == verdict)
                .flatMap(j -> j.readings().stream())
                .filter(r -> {
                    ValueMatch a = ValueMatcher.compare(r, expected, ctx.names());
                    return verdict == Verdict.MATCHES ? a.agrees() : a.disagrees();
                })
                .findFirst();
    }
}
