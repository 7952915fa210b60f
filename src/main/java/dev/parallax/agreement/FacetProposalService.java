package dev.parallax.agreement;

import dev.parallax.db.WorkerPool;
import dev.parallax.extract.FacetProposal;
import dev.parallax.extract.FacetProposals;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Proposes facets from the text of an agreement's clauses, marking those an existing facet already states. */
@ApplicationScoped
public class FacetProposalService {

    private final AgreementService agreements;

    public FacetProposalService(AgreementService agreements) {
        this.agreements = agreements;
    }

    public Uni<List<ClauseFacetProposal>> propose(long agreementId) {
        return agreements.get(agreementId).chain(agreement -> agreements.clausesOf(List.of(agreementId))
                .chain(clauses -> agreements.facetsOf(List.of(agreementId))
                        .chain(facets -> WorkerPool.run(stopped -> propose(agreement, clauses.get(0), facets.get(0))))));
    }

    private static List<ClauseFacetProposal> propose(Agreement agreement, List<Clause> clauses, List<Facet> facets) {
        ZoneId zone = agreement.timeZone == null ? ZoneOffset.UTC : ZoneId.of(agreement.timeZone);
        List<ClauseFacetProposal> out = new ArrayList<>();
        for (Clause clause : clauses) {
            for (FacetProposal proposal : FacetProposals.of(clause.text, agreement.signedOn, zone)) {
                List<String> coveredBy = facets.stream()
                        .filter(f -> f.clause != null && Objects.equals(f.clause.id, clause.id) && f.kind == proposal.kind()
                                && Objects.equals(f.expected, proposal.expected()))
                        .map(f -> f.key).toList();
                out.add(new ClauseFacetProposal(clause, proposal, coveredBy));
            }
        }
        return out;
    }
}
