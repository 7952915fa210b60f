package dev.parallax.comparison;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

/** GraphQL mirror of {@link dev.parallax.export.ExportFormat}. */
@Name("ExportFormat")
@Description("A shape to take a comparison away in.")
public enum ExportFormatView {
    @Description("CSV (RFC 4180), one row per point × source; text cells that a spreadsheet would run as a formula"
            + " start with an apostrophe.") CSV,
    @Description("The CSV's content as structured JSON.") JSON,
    @Description("schema.org ClaimReview JSON-LD, one review per cell judged against the agreement (MATCHES,"
            + " CONFLICTS, PARTIAL).") CLAIM_REVIEW,
    @Description("W3C Web Annotations (JSON-LD), one per quote, with quote and position selectors.") WEB_ANNOTATION
}
