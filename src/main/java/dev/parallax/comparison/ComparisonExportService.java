package dev.parallax.comparison;

import dev.parallax.db.WorkerPool;
import dev.parallax.export.ExportDocument;
import dev.parallax.export.ExportFormat;
import dev.parallax.export.ExportIds;
import dev.parallax.export.Exports;
import dev.parallax.export.Publisher;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;

/**
 * Builds the take-away documents of a comparison from the very comparison the API serves
 * ({@link ComparisonService#compare}); writing them is pure work on a worker thread.
 */
@ApplicationScoped
public class ComparisonExportService {

    private final ComparisonService comparisons;
    private final ExportConfig config;
    private final Clock clock = Clock.systemUTC();

    public ComparisonExportService(ComparisonService comparisons, ExportConfig config) {
        this.comparisons = comparisons;
        this.config = config;
    }

    /** The comparison of one agreement, narrowed as {@code comparison(...)} narrows it, written in {@code format}. */
    @WithSession
    public Uni<ExportDocument> export(long agreementId, List<Long> sourceIds, List<String> facetKeys,
            boolean includeSuggested, ExportFormat format, ExportIds ids) {
        // Only annotations need the texts: their positions count code points, the stored offsets UTF-16 units.
        boolean withTexts = format == ExportFormat.WEB_ANNOTATION;
        Publisher publisher = new Publisher(config.organisationName(), config.organisationUrl().orElse(null),
                config.publicUrl(), clock.instant());
        return comparisons.compare(agreementId, sourceIds, facetKeys, includeSuggested, withTexts)
                .chain(data -> WorkerPool.run(stopped ->
                        Exports.write(format, ExportedComparisons.of(data, includeSuggested, ids), publisher)));
    }
}
