package dev.parallax.claim;

import dev.parallax.db.IdentityEntity;
import dev.parallax.db.JsonbJdbcType;
import dev.parallax.db.ValueConverter;
import dev.parallax.value.Value;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcType;
import java.time.OffsetDateTime;

/** One source's statement about one facet, anchored to a verbatim quote of the source text. */
@Entity
public class Claim extends IdentityEntity {

    public Long sourceId;

    public Long facetId;

    /** The value the statement carries. */
    @Convert(converter = ValueConverter.class)
    @JdbcType(JsonbJdbcType.class)
    public Value value;

    public String quoteExact;

    /** UTF-16 offset of the quote's first character in the source text. */
    public int quoteStart;

    /** UTF-16 offset just past the quote's last character. */
    public int quoteEnd;

    public String quotePrefix;

    public String quoteSuffix;

    /** Who the source attributes the statement to; null for the outlet's own voice. */
    public String attributedTo;

    @Enumerated(EnumType.STRING)
    public ClaimStatus status;

    /** Where the claim came from, e.g. "seed:" and the agreement slug. */
    public String origin;

    /** How sure the extractor was (0..1); null for claims written by people. */
    public Double confidence;

    /** The extraction rule that produced a suggested claim; null for claims written by people. */
    public String rule;

    /** Why the extractor placed the value on this facet (alignment by words); null for hints and for people. */
    public String reason;

    @CreationTimestamp
    public OffsetDateTime createdAt;
}
