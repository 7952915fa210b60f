package dev.parallax.export;

/** The shapes a comparison can be taken away in, with the media type and file name ending of each. */
public enum ExportFormat {

    /** One row per facet × source, RFC 4180. */
    CSV("text/csv; charset=utf-8; header=present", "comparison.csv"),
    /** The same content as the CSV, structured: rows with their cells and claims. */
    JSON("application/json; charset=utf-8", "comparison.json"),
    /** schema.org ClaimReview JSON-LD, one review per cell with a verdict against the agreement. */
    CLAIM_REVIEW("application/ld+json; charset=utf-8", "comparison.claimreview.jsonld"),
    /** W3C Web Annotations (an AnnotationPage), one per quote of every cell. */
    WEB_ANNOTATION("application/ld+json; charset=utf-8", "comparison.annotations.jsonld");

    private final String mediaType;
    private final String fileSuffix;

    ExportFormat(String mediaType, String fileSuffix) {
        this.mediaType = mediaType;
        this.fileSuffix = fileSuffix;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The file name's ending after the agreement's slug, e.g. {@code comparison.csv}. */
    public String fileSuffix() {
        return fileSuffix;
    }

    /** The format whose file name ends so, or null. */
    public static ExportFormat byFileSuffix(String name) {
        for (ExportFormat format : values()) {
            if (format.fileSuffix.equals(name)) {
                return format;
            }
        }
        return null;
    }
}
