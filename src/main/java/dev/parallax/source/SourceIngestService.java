package dev.parallax.source;

import dev.parallax.agreement.Agreement;
import dev.parallax.agreement.AgreementRepository;
import dev.parallax.agreement.Facet;
import dev.parallax.agreement.FacetRepository;
import dev.parallax.claim.Claim;
import dev.parallax.claim.ClaimAction;
import dev.parallax.claim.ClaimEventRepository;
import dev.parallax.claim.ClaimRepository;
import dev.parallax.graphql.NotFoundException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Adds a source with the claims the extractor suggests for it, all in one transaction; the same text
 * added again to the same agreement gives back the existing source.
 */
@ApplicationScoped
public class SourceIngestService {

    @Inject
    AgreementRepository agreements;

    @Inject
    FacetRepository facets;

    @Inject
    SourceRepository sources;

    @Inject
    ClaimRepository claims;

    @Inject
    ClaimEventRepository events;

    @WithTransaction
    public Uni<IngestResult> add(NewSource in, String actor) {
        String hash = ContentHash.of(in.text());
        return agreements.findById(in.agreementId())
                .onItem().ifNull().failWith(() -> new NotFoundException("No agreement with this ID"))
                .chain(agreement -> sources.findByHash(agreement.id, hash).chain(existing -> existing != null
                        ? claims.bySources(List.of(existing.id)).map(found -> new IngestResult(existing, found, false))
                        : create(agreement, in, hash, actor)));
    }

    private Uni<IngestResult> create(Agreement agreement, NewSource in, String hash, String actor) {
        Source source = new Source();
        source.agreementId = agreement.id;
        source.title = in.title();
        source.text = in.text();
        source.contentHash = hash;
        source.outlet = in.outlet();
        source.url = in.url();
        source.publishedOn = in.publishedOn();
        source.language = in.language();
        return sources.persist(source)
                .chain(saved -> facets.byAgreements(List.of(agreement.id))
                        .chain(agreementFacets -> persistSuggestions(saved, agreement, agreementFacets, actor))
                        .map(suggested -> new IngestResult(saved, suggested, true)));
    }

    /** One claim after another, each with its history entry: a reactive session runs one statement at a time. */
    private Uni<List<Claim>> persistSuggestions(Source source, Agreement agreement, List<Facet> agreementFacets,
            String actor) {
        Map<Long, String> keys = agreementFacets.stream().collect(Collectors.toMap(f -> f.id, f -> f.key));
        return Multi.createFrom().iterable(Suggestions.forSource(source, agreement, agreementFacets))
                .onItem().transformToUniAndConcatenate(claim -> claims.persist(claim)
                        .call(saved -> events.record(saved, ClaimAction.SUGGESTED, null, keys.get(saved.facetId), actor)))
                .collect().asList();
    }
}
