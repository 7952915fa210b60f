package dev.parallax.agreement;

import dev.parallax.value.ValueKind;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One checkable point: belongs to a clause and carries the value the agreement states, or is a
 * context fact the agreement does not settle (no clause, no expected value).
 */
@Entity
@Table(name = "facet")
public class Facet extends PanacheEntityBase {

    /** The shape of every facet key (see seeds/README.md). */
    public static final String KEY_SHAPE = "[a-z0-9][a-z0-9-]{0,79}";


    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "agreement_id")
    public Long agreementId;

    /** Always fetched with a join where it is needed; never lazily loaded. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "clause_id")
    public Clause clause;

    public String key;

    public String label;

    public String description;

    @Enumerated(EnumType.STRING)
    public ValueKind kind;

    /** JSON value map of the value the agreement states, null for context facets. */
    @Column(name = "expected")
    public String expectedJson;

    /** JSON array of the keys of the facets this one is the sum of. */
    @Column(name = "sum_of")
    public String sumOfJson;

    /** JSON array of {canonical, aliases} for PLACE and ACTOR facets. */
    @Column(name = "names")
    public String namesJson;

    /** JSON object of extraction hints (cue words, directions, ...) for the extractor. */
    @Column(name = "extract")
    public String extractJson;

    /** Display order within the agreement. */
    public int position;
}
