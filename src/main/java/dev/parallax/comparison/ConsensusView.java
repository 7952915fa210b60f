package dev.parallax.comparison;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

/** GraphQL mirror of {@link dev.parallax.engine.Consensus}. */
@Name("Consensus")
@Description("How the sources stand on one point, taken together.")
public enum ConsensusView {
    @Description("Two or more sources speak to the point and agree with each other.") AGREED,
    @Description("Sources contradict each other, or some match the agreement while others conflict with it.") DISPUTED,
    @Description("Only one source speaks to the point.") SINGLE_SOURCE,
    @Description("No source speaks to the point.") UNREPORTED
}
