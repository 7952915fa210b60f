package dev.parallax.comparison;

import dev.parallax.agreement.Agreement;
import dev.parallax.agreement.Facet;
import dev.parallax.claim.Claim;
import dev.parallax.engine.ComparisonResult;
import dev.parallax.source.Source;
import java.util.List;

/** Everything one comparison needs, loaded up front, plus the engine's result. */
public record ComparisonData(Agreement agreement, List<Facet> facets, List<Source> sources,
        List<Claim> claims, ComparisonResult result) {
}
