package dev.parallax.agreement;

import dev.parallax.domain.Batches;
import dev.parallax.domain.NotFoundException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Reads agreements with their clauses and facets; nested lists are batched per request. */
@ApplicationScoped
public class AgreementService {

    private final AgreementRepository agreements;
    private final ClauseRepository clauses;
    private final FacetRepository facets;

    public AgreementService(AgreementRepository agreements, ClauseRepository clauses, FacetRepository facets) {
        this.agreements = agreements;
        this.clauses = clauses;
        this.facets = facets;
    }

    @WithSession
    public Uni<List<Agreement>> list() {
        return agreements.listInOrder();
    }

    @WithSession
    public Uni<Agreement> get(long id) {
        return agreements.findById(id)
                .onItem().ifNull().failWith(() -> new NotFoundException("No agreement with this ID"));
    }

    @WithSession
    public Uni<List<Agreement>> byIds(List<Long> ids) {
        return agreements.findByIds(ids);
    }

    /** The agreement with this slug, or null. */
    @WithSession
    public Uni<Agreement> bySlug(String slug) {
        return agreements.findBySlug(slug);
    }

    /** The clauses of each agreement, in the order of {@code agreementIds}. */
    @WithSession
    public Uni<List<List<Clause>>> clausesOf(List<Long> agreementIds) {
        return clauses.byAgreements(agreementIds).map(found -> Batches.groupBy(agreementIds, found, c -> c.agreementId));
    }

    /** The facets of each agreement (clause fetched), in the order of {@code agreementIds}. */
    @WithSession
    public Uni<List<List<Facet>>> facetsOf(List<Long> agreementIds) {
        return facets.byAgreements(agreementIds).map(found -> Batches.groupBy(agreementIds, found, f -> f.agreementId));
    }

    @WithSession
    public Uni<Clause> clause(long id) {
        return clauses.findById(id)
                .onItem().ifNull().failWith(() -> new NotFoundException("No clause with this ID"));
    }

    @WithSession
    public Uni<Facet> facet(long id) {
        return facets.findByIds(List.of(id)).map(found -> found.isEmpty() ? null : found.get(0))
                .onItem().ifNull().failWith(() -> new NotFoundException("No facet with this ID"));
    }

    @WithSession
    public Uni<List<Facet>> facetsById(List<Long> ids) {
        return facets.findByIds(ids);
    }
}
