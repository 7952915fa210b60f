package dev.parallax.agreement;

import dev.parallax.db.IdentityEntity;
import dev.parallax.db.JsonbJdbcType;
import dev.parallax.db.ValueConverter;
import dev.parallax.value.NameEntry;
import dev.parallax.value.Value;
import dev.parallax.value.ValueKind;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcType;

/**
 * One checkable point: belongs to a clause and carries the value the agreement states, or is a
 * context fact the agreement does not settle (no clause, no expected value).
 */
@Entity
public class Facet extends IdentityEntity {

    /** The shape of every facet key (see seeds/README.md). */
    public static final String KEY_SHAPE = "[a-z0-9][a-z0-9-]{0,79}";

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

    /** The value the agreement states, null for context facets. */
    @Convert(converter = ValueConverter.class)
    @JdbcType(JsonbJdbcType.class)
    public Value expected;

    /** The keys of the facets this one is the sum of. */
    @JdbcType(JsonbJdbcType.class)
    public List<String> sumOf;

    /** Canonical names with their aliases, for PLACE and ACTOR facets. */
    @JdbcType(JsonbJdbcType.class)
    public List<NameEntry> names;

    /** Extraction hints (cue words, directions, ...) for the extractor. */
    @JdbcType(JsonbJdbcType.class)
    public Map<String, Object> extract;

    /** Display order within the agreement. */
    public int position;
}
