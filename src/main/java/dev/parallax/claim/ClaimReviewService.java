package dev.parallax.claim;

import dev.parallax.agreement.Facet;
import dev.parallax.agreement.AgreementService;
import dev.parallax.changes.Change;
import dev.parallax.changes.ChangeKind;
import dev.parallax.changes.ChangeRepository;
import dev.parallax.domain.Batches;
import dev.parallax.domain.InvalidInputException;
import dev.parallax.domain.NotFoundException;
import dev.parallax.source.Source;
import dev.parallax.source.SourceInputRules;
import dev.parallax.source.SourceService;
import dev.parallax.value.Value;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Review of claims: confirm, reject, correct, add by hand; every change is kept in the claim's history. */
@ApplicationScoped
public class ClaimReviewService {

    private final ClaimRepository claims;
    private final ClaimEventRepository events;
    private final SourceService sources;
    private final AgreementService agreements;
    private final ChangeRepository changes;

    public ClaimReviewService(ClaimRepository claims, ClaimEventRepository events, SourceService sources,
            AgreementService agreements, ChangeRepository changes) {
        this.changes = changes;
        this.claims = claims;
        this.events = events;
        this.sources = sources;
        this.agreements = agreements;
    }

    /** Confirms or rejects a claim, if its current status allows that change. */
    @WithTransaction
    public Uni<Claim> setStatus(long claimId, ClaimStatusChange change, String actor) {
        return claim(claimId).chain(claim -> {
            if (!change.from().contains(claim.status)) {
                throw new InvalidInputException("A " + claim.status + " claim cannot be " + change.to().name().toLowerCase()
                        + "; only " + change.from().stream().map(Enum::name).collect(Collectors.joining(" or ")) + " ones");
            }
            return agreements.facetsById(List.of(claim.facetId)).chain(found -> {
                String facetKey = found.get(0).key;
                String before = ClaimSnapshot.of(claim, facetKey);
                claim.status = change.to();
                return claims.persistAndFlush(claim)
                        .call(saved -> events.record(saved, change.action(), before, facetKey, actor))
                        .call(saved -> announce(found.get(0).agreementId, saved, change.action(), null));
            });
        });
    }

    /** Applies a correction; a corrected suggestion counts as confirmed. The span is re-checked. */
    @WithTransaction
    public Uni<Claim> correct(long claimId, ClaimChange change, String actor) {
        return claim(claimId).chain(claim -> context(claim.sourceId).chain(ctx -> {
            long facetBefore = claim.facetId;
            String before = ClaimSnapshot.of(claim, ctx.keyOf(claim.facetId));
            Facet facet = change.facetKey() == null ? ctx.byId(claim.facetId) : ctx.byKey(change.facetKey());
            Value value = change.value() != null ? change.value() : claim.value;
            int start = change.start() != null ? change.start() : claim.quoteStart;
            int end = change.end() != null ? change.end() : claim.quoteEnd;
            String attributedTo = change.attributedTo() != null ? change.attributedTo() : claim.attributedTo;
            check(ctx.source(), facet, value, start, end, attributedTo);
            return unique(claim.sourceId, facet.id, start, end, claim.id).chain(() -> {
                apply(claim, ctx.source(), facet, value, start, end, attributedTo);
                if (claim.status != ClaimStatus.CURATED) {
                    claim.status = ClaimStatus.CONFIRMED;
                }
                return claims.persistAndFlush(claim);
            }).call(saved -> events.record(saved, ClaimAction.CORRECTED, before, facet.key, actor))
                    .call(saved -> announce(ctx.source().agreementId, saved, ClaimAction.CORRECTED, facetBefore));
        }));
    }

    /** A claim written by an editor: counted by comparisons at once. */
    @WithTransaction
    public Uni<Claim> add(long sourceId, ClaimChange change, String actor) {
        if (change.facetKey() == null || change.value() == null || change.start() == null || change.end() == null) {
            throw new InvalidInputException("facetKey, value and quote are required");
        }
        return context(sourceId).chain(ctx -> {
            Facet facet = ctx.byKey(change.facetKey());
            check(ctx.source(), facet, change.value(), change.start(), change.end(), change.attributedTo());
            return unique(sourceId, facet.id, change.start(), change.end(), -1L).chain(() -> {
                Claim claim = new Claim();
                claim.sourceId = sourceId;
                claim.status = ClaimStatus.CURATED;
                claim.origin = "manual";
                apply(claim, ctx.source(), facet, change.value(), change.start(), change.end(), change.attributedTo());
                return claims.persistAndFlush(claim);
            }).call(saved -> events.record(saved, ClaimAction.ADDED, null, facet.key, actor))
                    .call(saved -> announce(ctx.source().agreementId, saved, ClaimAction.ADDED, null));
        });
    }

    /** Tells every instance, at commit; a claim moved to another facet changes that row too. */
    private Uni<Void> announce(long agreementId, Claim claim, ClaimAction action, Long facetBefore) {
        List<Change.ClaimTouch> touched = new ArrayList<>(List.of(new Change.ClaimTouch(claim.id, claim.facetId, action.name())));
        if (facetBefore != null && facetBefore != claim.facetId.longValue()) {
            touched.add(new Change.ClaimTouch(claim.id, facetBefore, action.name()));
        }
        return changes.announce(new Change(agreementId, ChangeKind.CLAIM_REVIEWED, claim.sourceId, touched));
    }

    @WithSession
    public Uni<List<List<ClaimEvent>>> historyOf(List<Long> claimIds) {
        return events.byClaims(claimIds).map(found -> Batches.groupBy(claimIds, found, e -> e.claimId));
    }

    private static void check(Source source, Facet facet, Value value, int start, int end, String attributedTo) {
        if (!ClaimRules.fits(value, facet.kind)) {
            throw new InvalidInputException("A " + value.kind() + " value does not fit facet " + facet.key
                    + ", which takes " + facet.kind);
        }
        if (!ClaimRules.spanInside(source.text, start, end)) {
            throw new InvalidInputException("Quote span " + start + ".." + end + " is not inside the source text (length "
                    + source.text.length() + ")");
        }
        if (attributedTo != null && attributedTo.isBlank()) {
            throw new InvalidInputException("attributedTo must not be blank");
        }
        if (attributedTo != null) {
            SourceInputRules.optional(attributedTo, "attributedTo");
        }
    }

    private static void apply(Claim claim, Source source, Facet facet, Value value, int start, int end, String attributedTo) {
        claim.facetId = facet.id;
        claim.value = value;
        claim.quoteStart = start;
        claim.quoteEnd = end;
        claim.quoteExact = source.text.substring(start, end);
        claim.quotePrefix = QuoteContext.prefix(source.text, start);
        claim.quoteSuffix = QuoteContext.suffix(source.text, end);
        claim.attributedTo = attributedTo;
    }

    /** One claim per source, facet and span: say so clearly instead of failing on the constraint. */
    private Uni<Void> unique(long sourceId, long facetId, int start, int end, long exceptClaimId) {
        return claims.spanTaken(sourceId, facetId, start, end, exceptClaimId).invoke(taken -> {
            if (taken) {
                throw new InvalidInputException("The source already has a claim on this facet with this quote span");
            }
        }).replaceWithVoid();
    }

    private Uni<Claim> claim(long id) {
        return claims.findById(id).onItem().ifNull().failWith(() -> new NotFoundException("No claim with this ID"));
    }

    private Uni<SourceContext> context(long sourceId) {
        return sources.get(sourceId).chain(source -> agreements.facetsOf(List.of(source.agreementId))
                .map(found -> new SourceContext(source, found.get(0))));
    }

    /** A source with its agreement's facets. */
    private record SourceContext(Source source, List<Facet> facets) {

        Facet byKey(String key) {
            return facets.stream().filter(f -> f.key.equals(key)).findFirst()
                    .orElseThrow(() -> new InvalidInputException("Unknown facet key for this source's agreement: " + key));
        }

        Facet byId(long id) {
            return facets.stream().filter(f -> f.id == id).findFirst().orElseThrow();
        }

        String keyOf(long facetId) {
            return byId(facetId).key;
        }
    }
}
