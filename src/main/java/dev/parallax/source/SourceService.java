package dev.parallax.source;

import dev.parallax.domain.NotFoundException;
import dev.parallax.domain.PageRequest;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads and adds sources. */
@ApplicationScoped
public class SourceService {

    private final SourceRepository sources;

    public SourceService(SourceRepository sources) {
        this.sources = sources;
    }

    @WithSession
    public Uni<Source> get(long id) {
        return sources.findById(id)
                .onItem().ifNull().failWith(() -> new NotFoundException("No source with this ID"));
    }

    /** One page plus one extra row, so the caller can tell whether another page follows. */
    @WithSession
    public Uni<List<Source>> page(Long agreementId, PageRequest page) {
        return sources.page(agreementId, page.afterId(), page.first() + 1);
    }

    /** How many sources there are, of the agreement unless it is null, on every page. */
    @WithSession
    public Uni<Long> count(Long agreementId) {
        return sources.countOf(agreementId);
    }

    @WithSession
    public Uni<List<Source>> byIds(List<Long> ids) {
        return sources.findByIds(ids);
    }

    /** Every source of the agreement, with its text, oldest first. */
    @WithSession
    public Uni<List<Source>> withTextsOf(long agreementId) {
        return sources.byAgreements(List.of(agreementId), null);
    }

    /** The agreement's source whose text has the same canonical form ({@link DedupKey}), or null. */
    @WithSession
    public Uni<Source> withText(long agreementId, String text) {
        return sources.findByDedupKey(agreementId, DedupKey.of(text));
    }

    /** Stores a new source; must run inside the caller's transaction. */
    public Uni<Source> create(NewSource in) {
        return create(in, null);
    }

    /**
     * Stores a new source with where it came from ({@code provenance} may be null), and its page for audit when there
     * is one; in the caller's transaction.
     */
    @WithSession
    public Uni<Source> create(NewSource in, SourceProvenance provenance) {
        Source source = Source.withText(in.agreementId(), in.text());
        source.title = in.title();
        source.outlet = in.outlet();
        source.url = in.url();
        source.publishedOn = in.publishedOn();
        source.language = in.language();
        if (provenance == null) {
            return sources.persist(source);
        }
        source.author = provenance.author();
        source.fetchedFrom = provenance.fetchedFrom();
        source.retrievedAt = provenance.retrievedAt();
        return sources.persist(source).call(saved -> provenance.html() == null ? Uni.createFrom().voidItem()
                : SourcePage.of(saved.id, provenance.html()).persist());
    }

    /** The stored pages of the sources, in the order of {@code ids}; null where a source has none. */
    @WithSession
    public Uni<List<String>> pagesOf(List<Long> ids) {
        return SourcePage.<SourcePage>list("sourceId in ?1", ids).map(found -> {
            Map<Long, String> byId = new HashMap<>();
            found.forEach(p -> byId.put(p.sourceId, p.html));
            return ids.stream().map(byId::get).toList();
        });
    }
}
