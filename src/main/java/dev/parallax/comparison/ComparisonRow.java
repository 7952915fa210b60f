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
    @Description("How many sources reach each verdict, over all compared sources (not just this page).")
    public final VerdictCounts counts;

    ComparisonRow(FacetNode facet, ValueView expected, ConsensusView consensus, String consensusExplanation,
            List<ComparisonCell> cells, VerdictCounts counts) {
        this.facet = facet;
        this.expected = expected;
        this.consensus = consensus;
        this.consensusExplanation = consensusExplanation;
        this.cells = cells;
        this.counts = counts;
    }
}
