package dev.parallax.comparison;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

/** GraphQL mirror of {@link dev.parallax.engine.Verdict}. */
@Name("Verdict")
@Description("How one source stands on one point.")
public enum VerdictView {
    @Description("States a value that agrees with the agreement's text.") MATCHES,
    @Description("States a value that contradicts the agreement's text.") CONFLICTS,
    @Description("Speaks to the point without a checkable value (e.g. \"at a later date\").") PARTIAL,
    @Description("Says nothing on this point.") OMITS,
    @Description("Reports a value for a context fact the agreement does not settle.") REPORTS
}
