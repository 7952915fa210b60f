package dev.parallax.claim;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.CreationTimestamp;

/** One change to a claim: what was done, the claim before and after, when and by whom. */
@Entity
@Table(name = "claim_event")
public class ClaimEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "claim_id")
    public Long claimId;

    @Enumerated(EnumType.STRING)
    public ClaimAction action;

    // The snapshots stay text, not jsonb: the API serves them as written, and jsonb would reorder their keys.
    /** JSON snapshot before the change; null when the change created the claim. */
    @Column(name = "before")
    public String beforeJson;

    /** JSON snapshot after the change. */
    @Column(name = "after")
    public String afterJson;

    /** Who acted: the bearer token's subject (null for seed data and changes from before tokens). */
    public String actor;

    @CreationTimestamp
    public OffsetDateTime at;
}
