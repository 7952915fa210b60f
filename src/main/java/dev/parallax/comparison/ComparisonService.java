package dev.parallax.comparison;

import dev.parallax.agreement.Agreement;
import dev.parallax.agreement.AgreementService;
import dev.parallax.agreement.Facet;
import dev.parallax.agreement.FacetRepository;
import dev.parallax.claim.Claim;
import dev.parallax.claim.ClaimRepository;
import dev.parallax.claim.ClaimStatus;
import dev.parallax.db.WorkerPool;
import dev.parallax.engine.ComparisonEngine;
import dev.parallax.engine.ComparisonInput;
import dev.parallax.engine.ComparisonResult;
import dev.parallax.domain.InvalidInputException;
import dev.parallax.domain.Batches;
import dev.parallax.domain.PageRequest;
import dev.parallax.source.Source;
import dev.parallax.source.SourceRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Loads what a comparison needs in a fixed number of statements (agreement, facets with clauses,
 * sources, claims), whatever the number of sources or facets, and runs the pure engine on it.
 */
@ApplicationScoped
public class ComparisonService {

    private final AgreementService agreements;
    private final FacetRepository facets;
    private final SourceRepository sources;
    private final ClaimRepository claims;

    public ComparisonService(AgreementService agreements, FacetRepository facets, SourceRepository sources,
            ClaimRepository claims) {
        this.agreements = agreements;
        this.facets = facets;
        this.sources = sources;
        this.claims = claims;
    }

    /**
     * One agreement, optionally narrowed to some sources (in the given order) and facets; the sources' texts are
     * loaded only {@code withTexts}.
     */
    @WithSession
    public Uni<ComparisonData> compare(long agreementId, List<Long> sourceIds, List<String> facetKeys,
            boolean includeSuggested, boolean withTexts) {
        return agreements.get(agreementId).chain(agreement -> facets.byAgreements(List.of(agreementId))
                .invoke(found -> checkFacetKeys(found, facetKeys))
                .chain(found -> sources.forComparison(List.of(agreementId), sourceIds, withTexts)
                        .invoke(srcs -> checkSources(srcs, sourceIds))
                        .chain(srcs -> claims.countedFor(ids(srcs), ClaimStatus.counted(includeSuggested))
                                .chain(cls -> WorkerPool.run(stopped ->
                                        run(agreement, found, order(srcs, sourceIds), cls, facetKeys))))));
    }

    /**
     * As {@link #compare}, with the columns paged: verdicts, counts and consensus are computed over every source, but
     * only the page's sources are shown, and only their texts are loaded ({@code withTexts}). The page runs in ID
     * order, or in the order of {@code sourceIds} when given; {@code page.afterId} names the column it starts after.
     */
    @WithSession
    public Uni<PagedComparison> comparePage(long agreementId, List<Long> sourceIds, List<String> facetKeys,
            boolean includeSuggested, boolean withTexts, PageRequest page) {
        List<Long> chosen = sourceIds == null ? null : List.copyOf(new LinkedHashSet<>(sourceIds));
        return agreements.get(agreementId).chain(agreement -> facets.byAgreements(List.of(agreementId))
                .invoke(found -> checkFacetKeys(found, facetKeys))
                .chain(found -> (withTexts
                        ? sources.forComparisonPage(agreementId, sourceIds, pageOf(chosen, page), page.afterId(),
                                page.first())
                        : sources.forComparison(List.of(agreementId), sourceIds, false))
                        .invoke(srcs -> checkSources(srcs, sourceIds))
                        .chain(srcs -> claims.countedFor(ids(srcs), ClaimStatus.counted(includeSuggested))
                                .chain(cls -> WorkerPool.run(stopped -> {
                                    ComparisonData data = run(agreement, found, order(srcs, sourceIds), cls, facetKeys);
                                    int from = chosen == null ? firstAfter(data.sources(), page.afterId())
                                            : start(chosen, page.afterId());
                                    return new PagedComparison(data, from,
                                            Math.min(data.sources().size(), from + page.first()));
                                })))));
    }

    /** The IDs of the page's columns when the client chose them, else null (the statement finds them). */
    private static List<Long> pageOf(List<Long> chosen, PageRequest page) {
        if (chosen == null) {
            return null;
        }
        int from = start(chosen, page.afterId());
        return chosen.subList(from, Math.min(chosen.size(), from + page.first()));
    }

    /** The position of the first column after the one with ID {@code afterId} (0: from the start). */
    private static int start(List<Long> columns, long afterId) {
        if (afterId == 0) {
            return 0;
        }
        int at = columns.indexOf(afterId);
        if (at < 0) {
            throw new InvalidInputException("The cursor `after` names no column of this comparison");
        }
        return at + 1;
    }

    /** In ID order a page starts after the cursor's ID, also when that source is gone (keyset paging). */
    private static int firstAfter(List<Source> byId, long afterId) {
        int low = 0;
        int high = byId.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (byId.get(mid).id <= afterId) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Whole comparisons of several agreements at once (for the batched {@code Agreement.comparison}). */
    @WithSession
    public Uni<List<ComparisonData>> compareAll(List<Long> ids, boolean withTexts) {
        return agreements.byIds(ids)
                .chain(found -> facets.byAgreements(ids)
                        .chain(allFacets -> sources.forComparison(ids, null, withTexts)
                                .chain(allSources -> claims.countedFor(ids(allSources), ClaimStatus.COUNTED)
                                        .chain(allClaims -> WorkerPool.run(stopped ->
                                                perAgreement(ids, found, allFacets, allSources, allClaims))))));
    }

    private static List<ComparisonData> perAgreement(List<Long> ids, List<Agreement> found, List<Facet> allFacets,
            List<Source> allSources, List<Claim> allClaims) {
        Map<Long, Agreement> agreementById = found.stream().collect(Collectors.toMap(a -> a.id, a -> a));
        Map<Long, Long> agreementOfSource = allSources.stream().collect(Collectors.toMap(s -> s.id, s -> s.agreementId));
        List<List<Facet>> facetsOf = Batches.groupBy(ids, allFacets, f -> f.agreementId);
        List<List<Source>> sourcesOf = Batches.groupBy(ids, allSources, s -> s.agreementId);
        List<List<Claim>> claimsOf = Batches.groupBy(ids, allClaims, c -> agreementOfSource.get(c.sourceId));
        return IntStream.range(0, ids.size())
                .mapToObj(i -> run(agreementById.get(ids.get(i)), facetsOf.get(i), sourcesOf.get(i), claimsOf.get(i), null))
                .toList();
    }

    private static ComparisonData run(Agreement agreement, List<Facet> allFacets, List<Source> srcs,
            List<Claim> cls, List<String> facetKeys) {
        Map<Long, String> keysById = allFacets.stream().collect(Collectors.toMap(f -> f.id, f -> f.key));
        // The engine sees every facet, so a derived facet can use parts the client did not ask for.
        ComparisonResult all = ComparisonEngine.compare(new ComparisonInput(
                allFacets.stream().map(EngineInputs::facet).toList(),
                srcs.stream().map(s -> s.id).toList(),
                cls.stream().map(c -> EngineInputs.claim(c, keysById)).toList(),
                EngineInputs.copyGroups(srcs)));
        Set<String> wanted = facetKeys == null ? null : new HashSet<>(facetKeys);
        ComparisonResult result = wanted == null ? all
                : new ComparisonResult(all.rows().stream().filter(r -> wanted.contains(r.facet().key())).toList());
        List<Facet> shown = wanted == null ? allFacets
                : allFacets.stream().filter(f -> wanted.contains(f.key)).toList();
        return new ComparisonData(agreement, shown, srcs, cls, result);
    }

    private static List<Long> ids(List<Source> found) {
        return found.stream().map(s -> s.id).toList();
    }

    private static void checkFacetKeys(List<Facet> found, List<String> facetKeys) {
        if (facetKeys == null) {
            return;
        }
        Set<String> known = found.stream().map(f -> f.key).collect(Collectors.toSet());
        Set<String> unknown = new LinkedHashSet<>(facetKeys);
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new InvalidInputException("Unknown facet keys for this agreement: " + String.join(", ", unknown));
        }
    }

    private static void checkSources(List<Source> found, List<Long> sourceIds) {
        if (sourceIds != null && found.size() != new HashSet<>(sourceIds).size()) {
            throw new InvalidInputException("Some sourceIds do not name a source reporting on this agreement");
        }
    }

    /** Sources in the order the client listed them, or in ID order. */
    private static List<Source> order(List<Source> found, List<Long> sourceIds) {
        if (sourceIds == null) {
            return found;
        }
        Map<Long, Source> byId = found.stream().collect(Collectors.toMap(s -> s.id, s -> s));
        return new LinkedHashSet<>(sourceIds).stream().map(byId::get).toList();
    }
}
