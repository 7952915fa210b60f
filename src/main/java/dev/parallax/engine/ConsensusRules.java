package dev.parallax.engine;

import dev.parallax.value.Quantity;
import dev.parallax.value.QuantityUnits;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongUnaryOperator;

/** Where a consensus is decided: how the sources that speak to a facet stand against each other. */
final class ConsensusRules {

    /** The consensus and the line that justifies it. */
    record Decision(Consensus consensus, String explanation) {
    }

    private ConsensusRules() {
    }

    static Decision decide(FacetContext ctx, List<Judgement> judgements) {
        return decide(ctx, judgements, ReadingMatcher.of(ctx));
    }

    /** As {@link #decide(FacetContext, List)}, comparing readings through {@code matcher}. */
    static Decision decide(FacetContext ctx, List<Judgement> judgements, ReadingMatcher matcher) {
        return decide(ctx, judgements, matcher, sourceId -> sourceId);
    }

    /**
     * As {@link #decide(FacetContext, List, ReadingMatcher)}, with near-duplicates counted once: sources in one
     * group ({@code groupOf}) that agree are one vote. A copy that disagrees still makes the row DISPUTED.
     */
    static Decision decide(FacetContext ctx, List<Judgement> judgements, ReadingMatcher matcher,
            LongUnaryOperator groupOf) {
        List<Judgement> reporting = judgements.stream().filter(j -> j.cell().verdict() != Verdict.OMITS).toList();
        if (reporting.isEmpty()) {
            return new Decision(Consensus.UNREPORTED, "no source reports this point");
        }
        if (reporting.size() == 1) {
            return new Decision(Consensus.SINGLE_SOURCE, "only one source reports this point");
        }
        Optional<String> clash = firstDisagreement(ctx, reporting, matcher);
        if (clash.isPresent()) {
            return new Decision(Consensus.DISPUTED, clash.get());
        }
        Optional<Reading> match = first(ctx, reporting, Verdict.MATCHES, matcher);
        Optional<Reading> conflict = first(ctx, reporting, Verdict.CONFLICTS, matcher);
        if (match.isPresent() && conflict.isPresent()) {
            return new Decision(Consensus.DISPUTED,
                    Explanations.split(match.get(), conflict.get(), ctx.expected(), ctx.names()));
        }
        Independence votes = Independence.of(reporting, groupOf);
        if (votes.copies() == 0) {
            return new Decision(Consensus.AGREED, "all " + reporting.size() + " reporting sources agree");
        }
        if (votes.independent() == 1) {
            return new Decision(Consensus.SINGLE_SOURCE, "only one independent source reports this point; "
                    + votes.copiesPhrase());
        }
        return new Decision(Consensus.AGREED, "agreed by " + votes.independent() + " independent sources; "
                + votes.copiesPhrase());
    }

    /** The first pair of checkable readings from different sources that disagree, in source then claim order. */
    private static Optional<String> firstDisagreement(FacetContext ctx, List<Judgement> reporting,
            ReadingMatcher matcher) {
        // A source listed twice repeats its readings, so a pair with its second listing is never the first.
        Set<Long> seen = new HashSet<>();
        List<List<Reading>> sources = new ArrayList<>();
        for (Judgement j : reporting) {
            if (seen.add(j.cell().sourceId())) {
                sources.add(j.readings());
            }
        }
        return FirstDisagreement.find(sources, matcher).map(p -> Explanations.pair(p.earlier(), p.later(),
                displayUnit(ctx, p.earlier(), p.later()), ctx.names(), p.match().reason()));
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
    private static Optional<Reading> first(FacetContext ctx, List<Judgement> judgements, Verdict verdict,
            ReadingMatcher matcher) {
        Reading expected = Reading.expected(ctx.expected());
        return judgements.stream()
                .filter(j -> j.cell().verdict() == verdict)
                .flatMap(j -> j.readings().stream())
                .filter(r -> {
                    ValueMatch a = matcher.compare(r, expected);
                    return verdict == Verdict.MATCHES ? a.agrees() : a.disagrees();
                })
                .findFirst();
    }
}
