package dev.parallax.claim;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Moves claims to a new version of their source: those whose quote still stands are copied to it (history:
 * CARRIED_OVER, with the old claim as "before"), the others get a GONE entry on the old claim. Nothing is deleted.
 */
@ApplicationScoped
public class ClaimCarryOverService {

    /** A claim of the old version and, when its quote was found again, its start in the new text (else -1). */
    public record Anchored(Claim old, int newStart) {
    }

    private final ClaimRepository claims;
    private final ClaimEventRepository events;

    public ClaimCarryOverService(ClaimRepository claims, ClaimEventRepository events) {
        this.claims = claims;
        this.events = events;
    }

    /** Runs inside the caller's transaction; returns the new version's carried claims. */
    @WithSession
    public Uni<List<Claim>> carryOver(long newSourceId, String newText, List<Anchored> anchored,
            Map<Long, String> facetKeys, String actor) {
        List<Claim> fresh = new ArrayList<>();
        List<Claim> from = new ArrayList<>();
        List<Claim> gone = new ArrayList<>();
        for (Anchored a : anchored) {
            if (a.newStart() < 0) {
                gone.add(a.old());
            } else {
                fresh.add(copy(a.old(), newSourceId, newText, a.newStart()));
                from.add(a.old());
            }
        }
        return claims.insertAll(fresh)
                .call(saved -> recordAll(saved, from, gone, facetKeys, actor));
    }

    private Uni<Void> recordAll(List<Claim> saved, List<Claim> from, List<Claim> gone, Map<Long, String> facetKeys,
            String actor) {
        List<Supplier<Uni<ClaimEvent>>> steps = new ArrayList<>();
        for (int i = 0; i < saved.size(); i++) {
            Claim old = from.get(i);
            Claim fresh = saved.get(i);
            String before = ClaimSnapshot.of(old, facetKeys.get(old.facetId));
            steps.add(() -> events.record(fresh, ClaimAction.CARRIED_OVER, before, facetKeys.get(fresh.facetId), actor));
        }
        for (Claim old : gone) {
            String snapshot = ClaimSnapshot.of(old, facetKeys.get(old.facetId));
            steps.add(() -> events.record(old, ClaimAction.GONE, snapshot, facetKeys.get(old.facetId), actor));
        }
        // One after the other: a reactive session runs one statement at a time.
        return Multi.createFrom().iterable(steps).onItem().transformToUniAndConcatenate(Supplier::get)
                .collect().last().replaceWithVoid();
    }

    private static Claim copy(Claim old, long sourceId, String text, int start) {
        Claim c = new Claim();
        c.sourceId = sourceId;
        c.facetId = old.facetId;
        c.value = old.value;
        c.quoteExact = old.quoteExact;
        c.quoteStart = start;
        c.quoteEnd = start + old.quoteExact.length();
        c.quotePrefix = QuoteContext.prefix(text, start);
        c.quoteSuffix = QuoteContext.suffix(text, c.quoteEnd);
        c.attributedTo = old.attributedTo;
        c.status = old.status;
        c.origin = old.origin;
        c.confidence = old.confidence;
        c.rule = old.rule;
        c.reason = old.reason;
        return c;
    }
}
