package dev.parallax.claim;

import dev.parallax.db.JsonbJdbcType;
import dev.parallax.db.ValueConverter;
import dev.parallax.value.Value;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcType;
import java.time.OffsetDateTime;

/** One source's statement about one facet, anchored to a verbatim quote of the source text. */
@Entity
@Table(name = "claim")
public class Claim extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "source_id")
    public Long sourceId;

    @Column(name = "facet_id")
    public Long facetId;

    /** The value the statement carries. */
    @Convert(converter = ValueConverter.class)
    @JdbcType(JsonbJdbcType.class)
    public Value value;

    @Column(name = "quote_exact")
    public String quoteExact;

    /** UTF-16 offset of the quote's first character in the source text. */
    @Column(name = "quote_start")
    public int quoteStart;

    /** UTF-16 offset just past the quote's last character. */
    @Column(name = "quote_end")
    public int quoteEnd;

    @Column(name = "quote_prefix")
    public String quotePrefix;

    @Column(name = "quote_suffix")
    public String quoteSuffix;

    /** Who the source attributes the statement to; null for the outlet's own voice. */
    @Column(name = "attributed_to")
    public String attributedTo;

    @Enumerated(EnumType.STRING)
    public ClaimStatus status;

    /** Where the claim came from, e.g. "seed:" and the agreement slug. */
    public String origin;

    /** How sure the extractor was (0..1); null for claims written by people. */
    public Double confidence;

    /** The extraction rule that produced a suggested claim; null for claims written by people. */
    public String rule;

    @CreationTimestamp
    @Column(name = "created_at")
    public OffsetDateTime createdAt;

}
