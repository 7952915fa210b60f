package dev.parallax.export;

import static dev.parallax.export.Trees.object;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every quote a cell rests on as a W3C Web Annotation (JSON-LD, {@code http://www.w3.org/ns/anno.jsonld}), in one
 * AnnotationCollection whose first and only AnnotationPage holds them all. Each annotation targets the source (its
 * URL, else a {@code urn:parallax:source:} URN) through a TextQuoteSelector (exact with up to 32 characters of prefix
 * and suffix) and a TextPositionSelector whose start and end count Unicode code points, as the Web Annotation model
 * requires (the API's offsets count UTF-16 units); its body is the verdict and its working (motivation
 * {@code assessing}) plus the verdict as a tag. Every verdict is annotated, REPORTS and OMITS included where they
 * rest on quotes (a REPORTS cell does; an OMITS cell has none).
 */
public final class WebAnnotations {

    static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";

    private WebAnnotations() {
    }

    public static String write(ExportedComparison comparison, Publisher publisher) {
        String collection = publisher.exportUrl(comparison.agreementId(), ExportFormat.WEB_ANNOTATION);
        List<Object> items = new ArrayList<>();
        for (ExportedRow row : comparison.rows()) {
            for (ExportedCell cell : row.cells()) {
                for (ExportedClaim claim : cell.claims()) {
                    items.add(annotation(collection, row, cell, claim, publisher));
                }
            }
        }
        Map<String, Object> page = object("id", collection + "#page-1", "type", "AnnotationPage",
                "partOf", collection, "startIndex", 0, "items", items);
        return JsonText.write(object(
                "@context", CONTEXT,
                "id", collection,
                "type", "AnnotationCollection",
                "label", comparison.agreementTitle() + ": what the sources say, checked against the agreement",
                "total", items.size(),
                "first", page));
    }

    private static Map<String, Object> annotation(String collection, ExportedRow row, ExportedCell cell,
            ExportedClaim claim, Publisher publisher) {
        List<Object> selectors = new ArrayList<>();
        selectors.add(object("type", "TextQuoteSelector", "exact", claim.exact(), "prefix", claim.prefix(),
                "suffix", claim.suffix()));
        if (claim.codePointStart() >= 0) {
            selectors.add(object("type", "TextPositionSelector", "start", claim.codePointStart(),
                    "end", claim.codePointEnd()));
        }
        String assessment = row.facetLabel() + ": " + Verdicts.words(cell.verdict()) + ". " + cell.explanation();
        return object(
                "id", collection + "#" + row.facetKey() + "/" + cell.source().id() + "/" + claim.id(),
                "type", "Annotation",
                "motivation", "assessing",
                "created", publisher.generatedAt().toString(),
                "creator", object("id", publisher.organisationUrl(), "type", "Organization",
                        "name", publisher.organisationName()),
                "body", List.of(
                        object("type", "TextualBody", "value", assessment, "format", "text/plain",
                                "language", "en", "purpose", "assessing"),
                        object("type", "TextualBody", "value", cell.verdict(), "purpose", "tagging")),
                "target", object("source", cell.source().iri(), "selector", selectors));
    }
}
