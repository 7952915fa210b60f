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
import dev.parallax.lineage.CarriedClaims;
import dev.parallax.lineage.LineageService;
import dev.parallax.observe.ExtractionMetrics;
import dev.parallax.source.NewSource;
import dev.parallax.source.Source;
import dev.parallax.source.SourceProvenance;
import dev.parallax.source.SourceService;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
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
    private final LineageService lineage;

    public SourceIngestService(AgreementService agreements, SourceService sources, ClaimService claims,
            ExtractionMetrics extraction, ChangeRepository changes, LineageService lineage) {
        this.changes = changes;
        this.lineage = lineage;
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
                        // Lineage first: a new version's claims are carried over, and suggestions do not repeat them.
                        .chain(facets -> lineage.place(saved, keysOf(facets), actor)
                                .chain(placed -> suggest(saved, agreement, facets, actor, placed.carried())
                                        .call(suggested -> announce(agreement, saved, placed.carried(), suggested))
                                        .map(suggested -> CarriedClaims.merge(placed.carried(), suggested))))
                        .map(all -> new IngestResult(saved, all, true)));
    }

    private Uni<Void> announce(Agreement agreement, Source saved, List<Claim> carried, List<Claim> suggested) {
        List<Change.ClaimTouch> touches = new ArrayList<>();
        carried.forEach(c -> touches.add(new Change.ClaimTouch(c.id, c.facetId, ClaimAction.CARRIED_OVER.name())));
        suggested.forEach(c -> touches.add(new Change.ClaimTouch(c.id, c.facetId, ClaimAction.SUGGESTED.name())));
        return changes.announce(new Change(agreement.id, ChangeKind.SOURCE_ADDED, saved.id, touches)).replaceWithVoid();
    }

    private Uni<List<Claim>> suggest(Source source, Agreement agreement, List<Facet> facets,
            String actor, List<Claim> carried) {
        return WorkerPool.run(stopped -> extraction.time(() -> Suggestions.forSource(source, agreement, facets, stopped)))
                .map(suggested -> CarriedClaims.without(suggested, carried))
                .chain(suggested -> claims.addSuggested(suggested, keysOf(facets), actor));
    }

    private static Map<Long, String> keysOf(List<Facet> facets) {
        return facets.stream().collect(Collectors.toMap(f -> f.id, f -> f.key));
    }
}
