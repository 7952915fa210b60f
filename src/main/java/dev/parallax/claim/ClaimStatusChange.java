package dev.parallax.claim;

import java.util.EnumSet;
import java.util.Set;

/** A reviewer's verdict on a claim: the status it moves to, the statuses it may come from, and its history action. */
public enum ClaimStatusChange {
    CONFIRM(ClaimStatus.CONFIRMED, EnumSet.of(ClaimStatus.SUGGESTED, ClaimStatus.REJECTED), ClaimAction.CONFIRMED),
    REJECT(ClaimStatus.REJECTED, EnumSet.of(ClaimStatus.SUGGESTED, ClaimStatus.CONFIRMED), ClaimAction.REJECTED);

    private final ClaimStatus to;
    private final Set<ClaimStatus> from;
    private final ClaimAction action;

    ClaimStatusChange(ClaimStatus to, Set<ClaimStatus> from, ClaimAction action) {
        this.to = to;
        this.from = from;
        this.action = action;
    }

    public ClaimStatus to() {
        return to;
    }

    public Set<ClaimStatus> from() {
        return from;
    }

    public ClaimAction action() {
        return action;
    }
}
