package dev.parallax.agreement;

import dev.parallax.db.JsonbJdbcType;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** An agreement whose points the sources report on. */
@Entity
@Table(name = "agreement")
public class Agreement extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Stable natural key from the seed data or the client. */
    public String slug;

    public String title;

    /** Names of the parties that signed it. */
    @JdbcType(JsonbJdbcType.class)
    public List<String> parties;

    public String place;

    @Column(name = "signed_on")
    public LocalDate signedOn;

    /** IANA time zone the agreement's times are stated in, e.g. Europe/Paris; null if unknown. */
    @Column(name = "time_zone")
    public String timeZone;

    @CreationTimestamp
    @Column(name = "created_at")
    public OffsetDateTime createdAt;

}
