package dev.parallax.comparison;

import dev.parallax.engine.Cell;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** GraphQL view of how many sources of a row reach each verdict, over all compared sources (not just a page). */
@Description("How many of the compared sources reach each verdict on one point: all of them, also when the"
        + " comparison's columns are paged.")
public class VerdictCounts {

    @NonNull
    @Description("Sources whose value agrees with the agreement's text.")
    public final int matches;

    @NonNull
    @Description("Sources whose value contradicts the agreement's text.")
    public final int conflicts;

    @NonNull
    @Description("Sources speaking to the point without a checkable value.")
    public final int partial;

    @NonNull
    @Description("Sources saying nothing on the point.")
    public final int omits;

    @NonNull
    @Description("Sources reporting a value for a context fact the agreement does not settle.")
    public final int reports;

    private VerdictCounts(int[] byVerdict) {
        this.matches = byVerdict[VerdictView.MATCHES.ordinal()];
        this.conflicts = byVerdict[VerdictView.CONFLICTS.ordinal()];
        this.partial = byVerdict[VerdictView.PARTIAL.ordinal()];
        this.omits = byVerdict[VerdictView.OMITS.ordinal()];
        this.reports = byVerdict[VerdictView.REPORTS.ordinal()];
    }

    static VerdictCounts of(List<Cell> cells) {
        int[] byVerdict = new int[VerdictView.values().length];
        for (Cell cell : cells) {
            byVerdict[VerdictView.valueOf(cell.verdict().name()).ordinal()]++;
        }
        return new VerdictCounts(byVerdict);
    }
}
