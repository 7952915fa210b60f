package dev.parallax.claim;

import dev.parallax.db.IdentityEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.OffsetDateTime;
import org.hibernate.annotations.CreationTimestamp;

/** One change to a claim: what was done, the claim before and after, when and by whom. */
@Entity
public class ClaimEvent extends IdentityEntity {

    public Long claimId;

    @Enumerated(EnumType.STRING)
    public ClaimAction action;

    // The snapshots stay text, not jsonb: the API serves them as written, and jsonb would reorder their keys.
    /** JSON snapshot before the change; null when the change created the claim. */
    public String before;

    /** JSON snapshot after the change. */
    public String after;

    /** Who acted: the bearer token's subject (null for seed data and changes from before tokens). */
    public String actor;

    @CreationTimestamp
    public OffsetDateTime at;
}
