package dev.parallax.source;

import dev.parallax.db.IdentityEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Transient;
import org.hibernate.annotations.CreationTimestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One article reporting on an agreement; its text is kept exactly as received. */
@Entity
public class Source extends IdentityEntity {

    public Long agreementId;

    public String title;

    public String text;

    /** SHA-256 of the UTF-8 bytes of the text, lower-case hex. */
    public String contentHash;

    /** SHA-256 of the text's canonical form ({@link DedupKey}); null only on rows that V5 found duplicated. */
    public String dedupKey;

    public String outlet;

    public String url;

    public LocalDate publishedOn;

    public String language;

    /** Who wrote it, if known. */
    public String author;

    /** The address Parallax fetched the page from (after redirects); null when the client sent the text or HTML. */
    public String fetchedFrom;

    /** When Parallax fetched the page; null when it did not. */
    public OffsetDateTime retrievedAt;

    /** The seed file the text came from, if any. */
    public String fileName;

    @CreationTimestamp
    public OffsetDateTime createdAt;

    /**
     * The comparison's group of near-duplicates (dev.parallax.lineage): the ID of the group's original, this
     * source's own ID when it is no copy. Filled only by {@link SourceRepository#forComparison}; not a column.
     */
    @Transient
    public Long copyGroup;

    /** A new source of the agreement holding {@code text}, with the content hash and dedup key derived from it. */
    public static Source withText(long agreementId, String text) {
        Source source = new Source();
        source.agreementId = agreementId;
        source.text = text;
        source.contentHash = ContentHash.of(text);
        source.dedupKey = DedupKey.of(text);
        return source;
    }
}
