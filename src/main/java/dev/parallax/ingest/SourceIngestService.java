package dev.parallax.ingest;

import dev.parallax.agreement.Agreement;
import dev.parallax.agreement.AgreementService;
import dev.parallax.agreement.Facet;
import dev.parallax.changes.Change;
import dev.parallax.changes.ChangeKind;
import dev.parallax.changes.ChangeRepository;
import dev.parallax.claim.Claim;
import dev.parallax.claim.ClaimAction;
import dev.parallax.claim.ClaimService;
import dev.parallax.db.UniqueViolation;
import dev.parallax.db.WorkerPool;
import dev.parallax.observe.ExtractionMetrics;
import dev.parallax.source.NewSource;
import dev.parallax.source.Source;
import dev.parallax.source.SourceProvenance;
import dev.parallax.source.SourceService;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Adds a source with the claims the extractor suggests for it, all in one transaction; the same text
 * added again to the same agreement gives back the existing source.
 */
@ApplicationScoped
public class SourceIngestService {

    private final AgreementService agreements;
    private final SourceService sources;
    private final ClaimService claims;
    private final ExtractionMetrics extraction;
    private final ChangeRepository changes;

    public SourceIngestService(AgreementService agreements, SourceService sources, ClaimService claims,
            ExtractionMetrics extraction, ChangeRepository changes) {
        this.changes = changes;
        this.agreements = agreements;
        this.sources = sources;
        this.claims = claims;
        this.extraction = extraction;
    }

    public Uni<IngestResult> add(NewSource in, String actor) {
        return add(in, null, actor);
    }

    /** As {@link #add(NewSource, String)}, keeping where the source came from ({@code provenance} may be null). */
    public Uni<IngestResult> add(NewSource in, SourceProvenance provenance, String actor) {
        // A concurrent request may have added the same text first: the retry then finds its source.
        return Panache.withTransaction(() -> addOnce(in, provenance, actor))
                .onFailure(UniqueViolation::in).recoverWithUni(() -> Panache.withTransaction(() -> addOnce(in, provenance, actor)));
    }

    private Uni<IngestResult> addOnce(NewSource in, SourceProvenance provenance, String actor) {
        return agreements.get(in.agreementId())
                .chain(agreement -> sources.withText(agreement.id, in.text()).chain(existing -> existing != null
                        ? claims.ofSources(List.of(existing.id)).map(found -> new IngestResult(existing, found.get(0), false))
                        : create(agreement, in, provenance, actor)));
    }

    private Uni<IngestResult> create(Agreement agreement, NewSource in, SourceProvenance provenance, String actor) {
        return sources.create(in, provenance)
                .chain(saved -> agreements.facetsOf(List.of(agreement.id)).map(lists -> lists.get(0))
                        .chain(facets -> suggest(saved, agreement, facets, actor))
                        .call(suggested -> changes.announce(new Change(agreement.id, ChangeKind.SOURCE_ADDED, saved.id,
                                suggested.stream().map(c -> new Change.ClaimTouch(c.id, c.facetId, ClaimAction.SUGGESTED.name())).toList())))
                        .map(suggested -> new IngestResult(saved, suggested, true)));
    }

    private Uni<List<Claim>> suggest(Source source, Agreement agreement, List<Facet> facets,
            String actor) {
        Map<Long, String> keys = facets.stream().collect(Collectors.toMap(f -> f.id, f -> f.key));
        return WorkerPool.run(stopped -> extraction.time(() -> Suggestions.forSource(source, agreement, facets, stopped)))
                .chain(suggested -> claims.addSuggested(suggested, keys, actor));
    }
}
