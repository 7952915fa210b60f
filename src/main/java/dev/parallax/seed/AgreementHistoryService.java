package dev.parallax.seed;

import dev.parallax.domain.Batches;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Reads what re-imports changed on agreements; batched per request. */
@ApplicationScoped
public class AgreementHistoryService {

    private final AgreementHistoryRepository history;

    public AgreementHistoryService(AgreementHistoryRepository history) {
        this.history = history;
    }

    /** The history of each agreement, in the order of {@code agreementIds}, oldest first. */
    @WithSession
    public Uni<List<List<AgreementEvent>>> of(List<Long> agreementIds) {
        return history.of(agreementIds).map(found -> Batches.groupBy(agreementIds, found, AgreementEvent::agreementId));
    }
}
