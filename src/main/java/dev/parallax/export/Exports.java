package dev.parallax.export;

import java.util.Locale;

/** Writes a comparison in one of the export formats, with its media type and file name. */
public final class Exports {

    private Exports() {
    }

    public static ExportDocument write(ExportFormat format, ExportedComparison comparison, Publisher publisher) {
        String content = switch (format) {
            case CSV -> ComparisonCsv.write(comparison);
            case JSON -> ComparisonJson.write(comparison, publisher);
            case CLAIM_REVIEW -> ClaimReviews.write(comparison, publisher);
            case WEB_ANNOTATION -> WebAnnotations.write(comparison, publisher);
        };
        return new ExportDocument(format.mediaType(), fileName(comparison, format), content);
    }

    /** {@code <slug>-comparison.csv}: the slug is restricted to a safe file-name alphabet. */
    static String fileName(ExportedComparison comparison, ExportFormat format) {
        String slug = comparison.agreementSlug() == null ? "agreement"
                : comparison.agreementSlug().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
        return (slug.isBlank() ? "agreement" : slug) + "-" + format.fileSuffix();
    }
}
