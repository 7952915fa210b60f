package dev.parallax.source;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The page a source's text was read from, kept as received for audit (table source_page). */
@Entity
public class SourcePage extends PanacheEntityBase {

    @Id
    public Long sourceId;

    public String html;

    static SourcePage of(long sourceId, String html) {
        SourcePage page = new SourcePage();
        page.sourceId = sourceId;
        page.html = html;
        return page;
    }
}
