package dev.parallax.source;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.CreationTimestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One article reporting on an agreement; its text is kept exactly as received. */
@Entity
@Table(name = "source")
public class Source extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "agreement_id")
    public Long agreementId;

    public String title;

    public String text;

    /** SHA-256 of the UTF-8 bytes of the text, lower-case hex. */
    @Column(name = "content_hash")
    public String contentHash;

    public String outlet;

    public String url;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    public String language;

    /** The seed file the text came from, if any. */
    @Column(name = "file_name")
    public String fileName;

    @CreationTimestamp
    @Column(name = "created_at")
    public OffsetDateTime createdAt;

}
