package dev.parallax.agreement;

import dev.parallax.db.IdentityEntity;
import dev.parallax.db.JsonbJdbcType;
import jakarta.persistence.Entity;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** An agreement whose points the sources report on. */
@Entity
public class Agreement extends IdentityEntity {

    /** Stable natural key from the seed data or the client. */
    public String slug;

    public String title;

    /** Names of the parties that signed it. */
    @JdbcType(JsonbJdbcType.class)
    public List<String> parties;

    public String place;

    public LocalDate signedOn;

    /** IANA time zone the agreement's times are stated in, e.g. Europe/Paris; null if unknown. */
    public String timeZone;

    @CreationTimestamp
    public OffsetDateTime createdAt;
}
