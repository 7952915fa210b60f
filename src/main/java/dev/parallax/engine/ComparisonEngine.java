package dev.parallax.engine;

import dev.parallax.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds the comparison table: for every facet, one verdict per source and a consensus across them. */
public final class ComparisonEngine {

    private ComparisonEngine() {
    }

    /** Deterministic and free of I/O; claims on unknown sources or facets are ignored. */
    public static ComparisonResult compare(ComparisonInput input) {
        Map<String, FacetSpec> facetsByKey = new LinkedHashMap<>();
        input.facets().forEach(f -> facetsByKey.put(f.key(), f));
        Map<Long, Map<String, List<ClaimInput>>> claims = claimsBySourceAndFacet(input, facetsByKey.keySet());

        List<Row> rows = new ArrayList<>();
        for (FacetSpec facet : input.facets()) {
            FacetContext ctx = context(facet, facetsByKey);
            List<Judgement> judgements = new ArrayList<>();
            for (long sourceId : input.sourceIds()) {
                judgements.add(VerdictRules.judge(ctx, sourceId, claims.getOrDefault(sourceId, Map.of())));
            }
            ConsensusRules.Decision decision = ConsensusRules.decide(ctx, judgements, ReadingMatcher.of(ctx),
                    input::groupOf);
            List<Judgement> reporting = judgements.stream().filter(j -> j.cell().verdict() != Verdict.OMITS).toList();
            Independence votes = Independence.of(reporting, input::groupOf);
            Map<Long, List<ClaimInput>> onFacet = new HashMap<>();
            claims.forEach((source, byFacet) -> onFacet.put(source, byFacet.get(facet.key())));
            rows.add(new Row(facet, ctx.expected(), decision.consensus(), decision.explanation(),
                    judgements.stream().map(Judgement::cell).toList(), votes.independent(), votes.copies(),
                    CopyChanges.find(input.sourceIds(), onFacet, input::groupOf)));
        }
        return new ComparisonResult(rows);
    }

    // A clause facet has a clause number and an expected value, or is a sum whose parts all have expected values.
    private static FacetContext context(FacetSpec facet, Map<String, FacetSpec> facetsByKey) {
        Value sum = facet.expected() == null ? DerivedSums.expectedSum(facet, facetsByKey) : null;
        Value expected = facet.expected() != null ? facet.expected() : sum;
        boolean clause = (facet.clauseNumber() != null && expected != null) || sum != null;
        return new FacetContext(facet, expected, clause, new NameResolver(facet.names()));
    }

    private static Map<Long, Map<String, List<ClaimInput>>> claimsBySourceAndFacet(ComparisonInput input,
                                                                                 Set<String> facetKeys) {
        Set<Long> sources = new HashSet<>(input.sourceIds());
        Map<Long, Map<String, List<ClaimInput>>> grouped = new LinkedHashMap<>();
        for (ClaimInput claim : input.claims()) {
            if (sources.contains(claim.sourceId()) && facetKeys.contains(claim.facetKey())) {
                grouped.computeIfAbsent(claim.sourceId(), s -> new LinkedHashMap<>())
                        .computeIfAbsent(claim.facetKey(), k -> new ArrayList<>())
                        .add(claim);
            }
        }
        return grouped;
    }
}
