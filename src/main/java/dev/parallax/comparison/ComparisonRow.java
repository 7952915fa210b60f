package dev.parallax.comparison;

import dev.parallax.agreement.FacetNode;
import dev.parallax.graphql.values.ValueView;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** GraphQL view of one facet's row. */
@Description("One checkable point across all compared sources.")
public class ComparisonRow {

    @NonNull
    @Description("The point.")
    public final FacetNode facet;

    @Description("The value the agreement states (computed for a derived point); null for context facts.")
    public final ValueView expected;

    @NonNull
    @Description("How the sources stand on the point, taken together.")
    public final ConsensusView consensus;

    @NonNull
    @Description("One line on why, naming a disagreeing pair with their working when there is one.")
    public final String consensusExplanation;

    @NonNull
    @Description("One cell per compared source on this page, in the order of the comparison's sources.")
    public final List<@NonNull ComparisonCell> cells;

    @NonNull
    @Description("How many independent sources report the point: near-duplicate copies of one original (reprints)"
            + " count once, with their original.")
    public final int independentSources;

    @NonNull
    @Description("How many more reporting sources are copies of another reporting source's original.")
    public final int copies;

    @NonNull
    @Description("What copies changed on this point against their original, one line per changed copy in cell"
            + " order, e.g. \"<copy's title>: copy changed 12 km to 7 mi\".")
    public final List<@NonNull String> copyChanges;

    @NonNull
    @Description("How many sources reach each verdict, over all compared sources (not just this page).")
    public final VerdictCounts counts;

    ComparisonRow(FacetNode facet, ValueView expected, ConsensusView consensus, String consensusExplanation,
            List<ComparisonCell> cells, VerdictCounts counts, int independentSources, int copies) {
        this.facet = facet;
        this.expected = expected;
        this.consensus = consensus;
        this.consensusExplanation = consensusExplanation;
        this.cells = cells;
        this.independentSources = independentSources;
        this.copies = copies;
        this.copyChanges = cells.stream().filter(c -> c.copyChange != null)
                .map(c -> c.source.title + ": " + c.copyChange).toList();
        this.counts = counts;
    }
}
