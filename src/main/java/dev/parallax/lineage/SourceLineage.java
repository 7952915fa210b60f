package dev.parallax.lineage;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A source's MinHash signature and how it descends from other sources of its agreement (a copy, a version). */
@Entity
public class SourceLineage extends PanacheEntityBase {

    @Id
    public Long sourceId;

    public Long agreementId;

    /** {@link dev.parallax.shingle.MinHash#toBytes} of the text's signature. */
    public byte[] signature;

    /** The original of this source's group of near-duplicates (its earliest-added member); null for an original. */
    public Long copyOf;

    public Double copySimilarity;

    /** The version this one replaces (same URL, different text); null for a first version. */
    public Long previousVersion;

    /** The version that replaced this one; null for the latest. */
    public Long supersededBy;

    /** The first version of the source this is a version of; null for a first version. */
    public Long firstVersion;

    public Double versionSimilarity;

    /** The group whose members count as one independent source: the original's ID (or the first version's). */
    public long group() {
        return copyOf != null ? copyOf : firstVersion != null ? firstVersion : sourceId;
    }
}
