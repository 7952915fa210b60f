package dev.parallax.source;

import dev.parallax.graphql.NotFoundException;
import dev.parallax.graphql.PageRequest;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Reads sources. */
@ApplicationScoped
public class SourceService {

    @Inject
    SourceRepository sources;

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

    @WithSession
    public Uni<List<Source>> byIds(List<Long> ids) {
        return sources.findByIds(ids);
    }
}
