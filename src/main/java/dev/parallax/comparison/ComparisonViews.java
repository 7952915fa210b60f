package dev.parallax.comparison;

import dev.parallax.agreement.AgreementNode;
import dev.parallax.agreement.FacetNode;
import dev.parallax.claim.ClaimNode;
import dev.parallax.engine.Cell;
import dev.parallax.engine.Row;
import dev.parallax.graphql.values.ValueViews;
import dev.parallax.source.SourceNode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Maps a computed comparison to its GraphQL view; every nested object is already loaded. */
final class ComparisonViews {

    private ComparisonViews() {
    }

    static Comparison of(ComparisonData data) {
        Map<String, FacetNode> facets = data.facets().stream()
                .collect(Collectors.toMap(f -> f.key, FacetNode::new));
        Map<Long, SourceNode> sources = data.sources().stream()
                .collect(Collectors.toMap(s -> s.id, SourceNode::new));
        Map<Long, ClaimNode> claims = data.claims().stream()
                .collect(Collectors.toMap(c -> c.id, ClaimNode::new));
        List<ComparisonRow> rows = data.result().rows().stream()
                .map(row -> row(row, facets, sources, claims)).toList();
        return new Comparison(new AgreementNode(data.agreement()),
                data.sources().stream().map(s -> sources.get(s.id)).toList(), rows);
    }

    private static ComparisonRow row(Row row, Map<String, FacetNode> facets, Map<Long, SourceNode> sources,
            Map<Long, ClaimNode> claims) {
        Function<Cell, ComparisonCell> cell = c -> new ComparisonCell(sources.get(c.sourceId()),
                VerdictView.valueOf(c.verdict().name()), c.explanation(), c.derived(),
                c.claimIds().stream().map(claims::get).toList(), row.copyChanges().get(c.sourceId()));
        return new ComparisonRow(facets.get(row.facet().key()),
                row.expected() == null ? null : ValueViews.of(row.expected()),
                ConsensusView.valueOf(row.consensus().name()), row.consensusExplanation(),
                row.cells().stream().map(cell).toList(), row.independentSources(), row.copies());
    }
}
