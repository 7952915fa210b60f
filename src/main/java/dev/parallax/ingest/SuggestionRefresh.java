package dev.parallax.ingest;

import dev.parallax.agreement.Agreement;
import dev.parallax.agreement.Facet;
import dev.parallax.claim.Claim;
import dev.parallax.claim.ClaimService;
import dev.parallax.claim.ClaimStatus;
import dev.parallax.db.WorkerPool;
import dev.parallax.source.Source;
import dev.parallax.source.SourceService;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * After an agreement's facets change: each source that holds SUGGESTED claims gets them replaced by what the
 * extractor now suggests, inside the caller's transaction. Reviewed claims (confirmed, rejected, corrected, curated)
 * stay, and a new suggestion on the same facet and span as one of them is left out.
 */
@ApplicationScoped
public class SuggestionRefresh {

    private final SourceService sources;
    private final ClaimService claims;

    public SuggestionRefresh(SourceService sources, ClaimService claims) {
        this.sources = sources;
        this.claims = claims;
    }

    /** What was replaced: how many sources, how many suggestions before and after. */
    public record Refreshed(int sources, int removed, int added) {
    }

    public Uni<Refreshed> refresh(Agreement agreement, List<Facet> facets, String actor) {
        Map<Long, String> keys = facets.stream().collect(Collectors.toMap(f -> f.id, f -> f.key));
        return sources.withTextsOf(agreement.id).chain(all -> claims.ofSources(all.stream().map(s -> s.id).toList())
                .chain(claimLists -> {
                    List<Integer> withSuggestions = new java.util.ArrayList<>();
                    for (int i = 0; i < all.size(); i++) {
                        if (claimLists.get(i).stream().anyMatch(c -> c.status == ClaimStatus.SUGGESTED)) {
                            withSuggestions.add(i);
                        }
                    }
                    if (withSuggestions.isEmpty()) {
                        return Uni.createFrom().item(new Refreshed(0, 0, 0));
                    }
                    List<Long> ids = withSuggestions.stream().map(i -> all.get(i).id).toList();
                    return claims.deleteSuggested(ids).chain(removed -> Multi.createFrom().iterable(withSuggestions)
                            .onItem().<Integer>transformToUniAndConcatenate(i -> resuggest(all.get(i), claimLists.get(i), agreement,
                                    facets, keys, actor))
                            .collect().asList()
                            .map(added -> new Refreshed(ids.size(), removed, added.stream().mapToInt(Integer::intValue).sum())));
                }));
    }

    private Uni<Integer> resuggest(Source source, List<Claim> had, Agreement agreement, List<Facet> facets,
            Map<Long, String> keys, String actor) {
        Set<String> reviewed = new HashSet<>();
        for (Claim c : had) {
            if (c.status != ClaimStatus.SUGGESTED) {
                reviewed.add(c.facetId + "/" + c.quoteStart + "/" + c.quoteEnd);
            }
        }
        return WorkerPool.run(stopped -> Suggestions.forSource(source, agreement, facets, stopped))
                .map(found -> found.stream().filter(c -> !reviewed.contains(c.facetId + "/" + c.quoteStart + "/" + c.quoteEnd)).toList())
                .chain(fresh -> fresh.isEmpty() ? Uni.createFrom().item(0)
                        : claims.addSuggested(fresh, keys, actor).map(List::size));
    }
}
