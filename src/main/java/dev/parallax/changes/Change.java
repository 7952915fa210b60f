package dev.parallax.changes;

import java.util.List;

/**
 * One committed change to an agreement's claims, as sent between instances: enough for a client to refetch
 * what it shows. {@code claims} is empty for an import, which may touch every row.
 */
public record Change(long agreementId, ChangeKind kind, Long sourceId, List<ClaimTouch> claims) {

    /** Most claims named in one notice; PostgreSQL caps a notification at 8000 bytes. */
    public static final int MAX_CLAIMS = 100;

    public Change {
        claims = claims == null ? List.of() : List.copyOf(claims.size() > MAX_CLAIMS ? claims.subList(0, MAX_CLAIMS) : claims);
    }

    /** A claim that changed: its ID, its facet and what happened to it (a ClaimAction name). */
    public record ClaimTouch(long claimId, long facetId, String action) {
    }

    /** The distinct facets of the claims that changed, in first-seen order. */
    public List<Long> facetIds() {
        return claims.stream().map(ClaimTouch::facetId).distinct().toList();
    }
}
