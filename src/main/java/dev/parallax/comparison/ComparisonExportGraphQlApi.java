package dev.parallax.comparison;

import dev.parallax.export.ExportFormat;
import dev.parallax.graphql.GlobalId;
import dev.parallax.graphql.NodeType;
import dev.parallax.graphql.SessionPerResolver;
import io.smallrye.graphql.api.Nullable;
import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** A comparison as a file to take away (CSV, JSON, ClaimReview or Web Annotation JSON-LD). */
@GraphQLApi
public class ComparisonExportGraphQlApi {

    private final ComparisonExportService service;

    public ComparisonExportGraphQlApi(ComparisonExportService service) {
        this.service = service;
    }

    @Query("comparisonExport")
    @Description("The comparison of an agreement written as a file, narrowed exactly as comparison(...) is; it costs"
            + " what that comparison with every field costs. Also served over plain HTTP at"
            + " /exports/agreements/{agreementId}/comparison.csv (.json, .claimreview.jsonld, .annotations.jsonld)."
            + " NOT_FOUND for an unknown agreement; BAD_USER_INPUT for sources not reporting on it or unknown facet"
            + " keys.")
    @SessionPerResolver
    public Uni<@NonNull ExportFile> comparisonExport(
            @Name("agreementId") @Id @NonNull @Description("The agreement to compare against.") String agreementId,
            @Name("sourceIds") @Nullable @Description("Global IDs of the sources to compare, in this order (default:"
                    + " all).") List<@NonNull String> sourceIds,
            @Name("facetKeys") @Nullable @Description("Only these points (default: all).")
                    List<@NonNull String> facetKeys,
            @Name("includeSuggested") @DefaultValue("false") @Description("Also count SUGGESTED claims, not yet"
                    + " reviewed.") boolean includeSuggested,
            @Name("format") @NonNull @Description("The file's shape.") ExportFormatView format) {
        long agreement = GlobalId.decode(agreementId, NodeType.Agreement);
        List<Long> sources = GlobalId.decodeAll(sourceIds, NodeType.Source);
        return service.export(agreement, sources, facetKeys, includeSuggested, ExportFormat.valueOf(format.name()),
                GlobalExportIds.INSTANCE).map(ExportFile::new);
    }
}
