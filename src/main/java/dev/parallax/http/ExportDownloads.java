package dev.parallax.http;

import dev.parallax.comparison.ComparisonExportService;
import dev.parallax.comparison.GlobalExportIds;
import dev.parallax.export.ExportDocument;
import dev.parallax.export.ExportFormat;
import dev.parallax.graphql.GlobalId;
import dev.parallax.graphql.NodeType;
import dev.parallax.graphql.SessionPerResolver;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Runs an export for a download as a resolver runs: in a session of its own, under the request time limit, with
 * failures coded as in the API (NOT_FOUND, BAD_USER_INPUT, TIMEOUT, UNAVAILABLE).
 */
@ApplicationScoped
public class ExportDownloads {

    private final ComparisonExportService service;

    public ExportDownloads(ComparisonExportService service) {
        this.service = service;
    }

    @SessionPerResolver
    public Uni<ExportDocument> export(String agreementId, List<String> sourceIds, List<String> facetKeys,
            boolean includeSuggested, ExportFormat format) {
        long agreement = GlobalId.decode(agreementId, NodeType.Agreement);
        List<Long> sources = GlobalId.decodeAll(sourceIds, NodeType.Source);
        return service.export(agreement, sources, facetKeys, includeSuggested, format, GlobalExportIds.INSTANCE);
    }
}
