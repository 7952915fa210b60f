package dev.parallax.comparison;

import dev.parallax.agreement.AgreementNode;
import dev.parallax.agreement.FacetNode;
import dev.parallax.claim.ClaimNode;
import dev.parallax.engine.Cell;
import dev.parallax.engine.Row;
import dev.parallax.graphql.Cursor;
import dev.parallax.graphql.PageInfo;
import dev.parallax.graphql.values.ValueViews;
import dev.parallax.source.Source;
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
        return of(PagedComparison.whole(data));
    }

    /** Only the page's columns become objects; the counts are over every source. */
    static Comparison of(PagedComparison paged) {
        ComparisonData data = paged.data();
        List<Source> shown = data.sources().subList(paged.from(), paged.to());
        Map<String, FacetNode> facets = data.facets().stream()
                .collect(Collectors.toMap(f -> f.key, FacetNode::new));
        Map<Long, SourceNode> sources = shown.stream()
                .collect(Collectors.toMap(s -> s.id, SourceNode::new));
        Map<Long, ClaimNode> claims = data.claims().stream().filter(c -> sources.containsKey(c.sourceId))
                .collect(Collectors.toMap(c -> c.id, ClaimNode::new));
        List<ComparisonRow> rows = data.result().rows().stream()
                .map(row -> row(row, paged, facets, sources, claims)).toList();
        PageInfo pageInfo = new PageInfo(paged.hasNextPage(),
                shown.isEmpty() ? null : Cursor.encode(shown.get(0).id),
                shown.isEmpty() ? null : Cursor.encode(shown.get(shown.size() - 1).id));
        return new Comparison(new AgreementNode(data.agreement()),
                shown.stream().map(s -> sources.get(s.id)).toList(), rows, data.sources().size(), pageInfo);
    }

    private static ComparisonRow row(Row row, PagedComparison paged, Map<String, FacetNode> facets,
            Map<Long, SourceNode> sources, Map<Long, ClaimNode> claims) {
        Function<Cell, ComparisonCell> cell = c -> new ComparisonCell(sources.get(c.sourceId()),
                VerdictView.valueOf(c.verdict().name()), c.explanation(), c.derived(),
                c.claimIds().stream().map(claims::get).toList(), row.copyChanges().get(c.sourceId()));
        return new ComparisonRow(facets.get(row.facet().key()),
                row.expected() == null ? null : ValueViews.of(row.expected()),
                ConsensusView.valueOf(row.consensus().name()), row.consensusExplanation(),
                row.cells().subList(paged.from(), paged.to()).stream().map(cell).toList(),
                VerdictCounts.of(row.cells()), row.independentSources(), row.copies());
    }
}
