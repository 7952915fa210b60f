package dev.parallax.comparison;

import dev.parallax.claim.ClaimNode;
import dev.parallax.claim.ClaimStatus;
import dev.parallax.source.SourceNode;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** GraphQL view of one (facet, source) cell. */
@Description("What one source says on one point, and the verdict on it.")
public class ComparisonCell {

    @NonNull
    @Description("The source.")
    public final SourceNode source;

    @NonNull
    @Description("How the source stands on the point.")
    public final VerdictView verdict;

    @NonNull
    @Description("One line showing the working, e.g. \"3 mi ≈ 4.0–5.6 km; agreement: 6 km\".")
    public final String explanation;

    @NonNull
    @Description("True when the verdict is computed from the source's claims on the parts of a derived point"
            + " (e.g. width from depth north + depth south).")
    public final boolean derived;

    @NonNull
    @Description("True when the verdict rests on at least one SUGGESTED claim, not yet reviewed.")
    public final boolean suggested;

    @NonNull
    @Description("The claims the verdict rests on, in text order (for a derived cell: the claims on the parts).")
    public final List<@NonNull ClaimNode> claims;

    @Description("When this source is a near-duplicate copy that says something else on the point than its"
            + " original (the group's earliest compared member), what it changed, e.g. \"copy changed 12 km to 7 mi\";"
            + " else null.")
    public final String copyChange;

    ComparisonCell(SourceNode source, VerdictView verdict, String explanation, boolean derived, List<ClaimNode> claims) {
        this(source, verdict, explanation, derived, claims, null);
    }

    ComparisonCell(SourceNode source, VerdictView verdict, String explanation, boolean derived, List<ClaimNode> claims,
            String copyChange) {
        this.copyChange = copyChange;
        this.source = source;
        this.verdict = verdict;
        this.explanation = explanation;
        this.derived = derived;
        this.claims = claims;
        this.suggested = claims.stream().anyMatch(c -> c.status == ClaimStatus.SUGGESTED);
    }
}
