package dev.parallax.export;

import static dev.parallax.export.Trees.object;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every cell judged against the agreement (MATCHES, CONFLICTS, PARTIAL) as a schema.org {@code ClaimReview}, in the
 * shape Google's fact-check markup documents: claimReviewed (the quotes), reviewRating (the verdict on a 1–3 scale
 * with its words in alternateName, see {@link Verdicts}), url, author, datePublished, and itemReviewed: a
 * {@code Claim} with its appearance (the source as a NewsArticle) and author. Cells that only report a context fact
 * or say nothing are no judgement against the agreement and are left out. The document is a JSON array, one
 * JSON-LD object per review.
 */
public final class ClaimReviews {

    static final String CONTEXT = "https://schema.org";
    private static final String QUOTE_SEPARATOR = " … ";

    private ClaimReviews() {
    }

    public static String write(ExportedComparison comparison, Publisher publisher) {
        List<Object> reviews = new ArrayList<>();
        String page = publisher.exportUrl(comparison.agreementId(), ExportFormat.CLAIM_REVIEW);
        for (ExportedRow row : comparison.rows()) {
            for (ExportedCell cell : row.cells()) {
                if (cell.judgedAgainstAgreement() && !cell.claims().isEmpty()) {
                    reviews.add(review(comparison, row, cell, page, publisher));
                }
            }
        }
        return JsonText.write(reviews);
    }

    private static Map<String, Object> review(ExportedComparison comparison, ExportedRow row, ExportedCell cell,
            String page, Publisher publisher) {
        ExportedSource source = cell.source();
        String claimed = String.join(QUOTE_SEPARATOR, cell.claims().stream().map(ExportedClaim::exact).toList());
        String body = cell.explanation() + " (" + comparison.agreementTitle()
                + (row.clauseNumber() == null ? "" : ", clause " + row.clauseNumber()) + ": " + row.facetLabel()
                + (row.expected() == null ? "" : ", " + row.expected()) + ")";
        return object(
                "@context", CONTEXT,
                "@type", "ClaimReview",
                "url", page + "#" + row.facetKey() + "/" + source.id(),
                "name", row.facetLabel() + ": " + Verdicts.words(cell.verdict()),
                "claimReviewed", claimed,
                "reviewBody", body,
                "datePublished", publisher.generatedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString(),
                "author", object("@type", "Organization", "name", publisher.organisationName(),
                        "url", publisher.organisationUrl()),
                "reviewRating", object("@type", "Rating",
                        "ratingValue", Verdicts.rating(cell.verdict()),
                        "bestRating", Verdicts.BEST,
                        "worstRating", Verdicts.WORST,
                        "name", cell.verdict(),
                        "alternateName", Verdicts.words(cell.verdict())),
                "itemReviewed", object("@type", "Claim",
                        "author", claimAuthor(cell),
                        "datePublished", source.publishedOn() == null ? null : source.publishedOn().toString(),
                        "appearance", appearance(source)));
    }

    /** Who made the claim: the person or body the source attributes it to, else the outlet in its own voice. */
    private static Map<String, Object> claimAuthor(ExportedCell cell) {
        String attributed = cell.claims().stream().map(ExportedClaim::attributedTo)
                .filter(a -> a != null && !a.isBlank()).findFirst().orElse(null);
        if (attributed != null) {
            // schema.org's author takes a Person or an Organization; an attribution is free text naming either.
            return object("@type", "Person", "name", attributed);
        }
        ExportedSource source = cell.source();
        return source.outlet() == null ? null : object("@type", "Organization", "name", source.outlet());
    }

    private static Map<String, Object> appearance(ExportedSource source) {
        return object(
                "@type", "NewsArticle",
                "@id", source.iri(),
                "url", source.url(),
                "headline", source.title(),
                "datePublished", source.publishedOn() == null ? null : source.publishedOn().toString(),
                "inLanguage", source.language(),
                "publisher", source.outlet() == null ? null : object("@type", "Organization", "name", source.outlet()));
    }
}
