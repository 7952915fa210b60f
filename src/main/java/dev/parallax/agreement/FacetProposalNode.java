package dev.parallax.agreement;

import dev.parallax.graphql.values.ValueKindView;
import dev.parallax.graphql.values.ValueView;
import dev.parallax.graphql.values.ValueViews;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** GraphQL view of a facet proposed from a clause's text. */
@Type("FacetProposal")
@Description("A checkable value found in a clause's text, proposed as a facet for the operator to edit into the agreement's file.")
public class FacetProposalNode {

    @NonNull
    @Description("The clause whose text states the value.")
    public final ClauseNode clause;

    @NonNull
    @Description("The kind of value.")
    public final ValueKindView kind;

    @NonNull
    @Description("The value as the clause states it: the facet's expected value.")
    public final ValueView expected;

    @NonNull
    @Description("The words of the clause that state it.")
    public final String exact;

    @NonNull
    @Description("Where they start in the clause's text (UTF-16 code units).")
    public final int start;

    @NonNull
    @Description("Where they end (exclusive).")
    public final int end;

    @NonNull
    @Description("A label to start from: the words before the value in its sentence, then the value.")
    public final String label;

    @NonNull
    @Description("The keys of the existing facets of this clause that already state this value (empty when none does).")
    public final List<@NonNull String> coveredBy;

    FacetProposalNode(ClauseFacetProposal p) {
        this.clause = new ClauseNode(p.clause());
        this.kind = ValueKindView.valueOf(p.proposal().kind().name());
        this.expected = ValueViews.of(p.proposal().expected());
        this.exact = p.proposal().exact();
        this.start = p.proposal().start();
        this.end = p.proposal().end();
        this.label = p.proposal().label();
        this.coveredBy = p.coveredBy();
    }
}
