package dev.parallax.comparison;

import dev.parallax.agreement.AgreementNode;
import dev.parallax.source.SourceNode;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** GraphQL view of a side-by-side comparison. */
@Description("For every checkable point of an agreement, what each source says, whether it matches the"
        + " agreement's text, and where the sources disagree with each other.")
public class Comparison {

    @NonNull
    @Description("The agreement compared against.")
    public final AgreementNode agreement;

    @NonNull
    @Description("The compared sources: the columns, in cell order.")
    public final List<@NonNull SourceNode> sources;

    @NonNull
    @Description("One row per point, clause points first in document order, then context facts.")
    public final List<@NonNull ComparisonRow> rows;

    Comparison(AgreementNode agreement, List<SourceNode> sources, List<ComparisonRow> rows) {
        this.agreement = agreement;
        this.sources = sources;
        this.rows = rows;
    }
}
