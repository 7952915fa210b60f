package dev.parallax.comparison;

import dev.parallax.agreement.AgreementNode;
import dev.parallax.graphql.PageInfo;
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
    @Description("The compared sources on this page: the columns, in cell order.")
    public final List<@NonNull SourceNode> sources;

    @NonNull
    @Description("One row per point, clause points first in document order, then context facts.")
    public final List<@NonNull ComparisonRow> rows;

    @NonNull
    @Description("How many sources the comparison covers, on all pages together (verdict counts and consensus are"
            + " over all of them).")
    public final int totalSources;

    @NonNull
    @Description("Where this page of columns stands; pass endCursor as `after` for the next columns.")
    public final PageInfo pageInfo;

    Comparison(AgreementNode agreement, List<SourceNode> sources, List<ComparisonRow> rows, int totalSources,
            PageInfo pageInfo) {
        this.agreement = agreement;
        this.sources = sources;
        this.rows = rows;
        this.totalSources = totalSources;
        this.pageInfo = pageInfo;
    }
}
