package dev.parallax.ingest;

import dev.parallax.agreement.AgreementService;
import dev.parallax.agreement.Facet;
import dev.parallax.db.WorkerPool;
import dev.parallax.extract.Extraction;
import dev.parallax.observe.ExtractionMetrics;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Runs the extractor on a text exactly as {@code addSource} would, and stores nothing. */
@ApplicationScoped
public class ExtractionPreviewService {

    /** The most near-misses one preview returns (the rest are only counted). */
    public static final int MAX_NEAR_MISSES = 100;

    private final AgreementService agreements;
    private final ExtractionMetrics extraction;

    public ExtractionPreviewService(AgreementService agreements, ExtractionMetrics extraction) {
        this.agreements = agreements;
        this.extraction = extraction;
    }

    /** The suggestions and near-misses for {@code text} (already checked like addSource's text). */
    public Uni<ExtractionPreview> preview(long agreementId, String text, LocalDate publishedOn) {
        return agreements.get(agreementId).chain(agreement -> agreements.facetsOf(List.of(agreement.id))
                .map(lists -> lists.get(0))
                .chain(facets -> WorkerPool.run(stopped -> extraction.time(
                                () -> Suggestions.preview(text, publishedOn, agreement, facets, MAX_NEAR_MISSES, stopped)))
                        .map(found -> preview(text, facets, found))));
    }

    private static ExtractionPreview preview(String text, List<Facet> facets, Extraction found) {
        Map<String, Facet> byKey = Suggestions.byKey(facets);
        return new ExtractionPreview(text,
                found.suggestions().stream().map(s -> new ExtractionPreview.Suggested(byKey.get(s.facetKey()), s)).toList(),
                found.nearMisses().stream().map(m -> new ExtractionPreview.Missed(byKey.get(m.facetKey()), m)).toList(),
                found.nearMissesSeen());
    }
}
