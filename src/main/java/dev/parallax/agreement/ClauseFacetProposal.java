package dev.parallax.agreement;

import dev.parallax.extract.FacetProposal;
import java.util.List;

/** A facet proposed for one clause of a stored agreement, and the keys of the existing facets of that clause that already state it. */
public record ClauseFacetProposal(Clause clause, FacetProposal proposal, List<String> coveredBy) {
}
