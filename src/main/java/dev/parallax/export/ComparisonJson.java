package dev.parallax.export;

import static dev.parallax.export.Trees.object;

import java.util.LinkedHashMap;
import java.util.Map;

/** A comparison as plain JSON: the CSV's content, structured (rows with their cells, cells with their claims). */
public final class ComparisonJson {

    private ComparisonJson() {
    }

    public static String write(ExportedComparison comparison, Publisher publisher) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("agreement", object("id", comparison.agreementId(), "slug", comparison.agreementSlug(),
                "title", comparison.agreementTitle()));
        root.put("generatedAt", publisher.generatedAt().toString());
        root.put("includeSuggested", comparison.includeSuggested());
        root.put("sources", comparison.sources().stream().map(ComparisonJson::source).toList());
        root.put("rows", comparison.rows().stream().map(ComparisonJson::row).toList());
        return JsonText.write(root);
    }

    private static Map<String, Object> source(ExportedSource source) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", source.id());
        map.put("title", source.title());
        map.put("outlet", source.outlet());
        map.put("url", source.url());
        map.put("publishedOn", source.publishedOn() == null ? null : source.publishedOn().toString());
        map.put("language", source.language());
        return map;
    }

    private static Map<String, Object> row(ExportedRow row) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("facet", object("key", row.facetKey(), "label", row.facetLabel(), "kind", row.facetKind()));
        map.put("clause", row.clauseNumber());
        map.put("expected", row.expected());
        map.put("consensus", row.consensus());
        map.put("consensusExplanation", row.consensusExplanation());
        map.put("cells", row.cells().stream().map(ComparisonJson::cell).toList());
        return map;
    }

    private static Map<String, Object> cell(ExportedCell cell) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("sourceId", cell.source().id());
        map.put("verdict", cell.verdict());
        map.put("explanation", cell.explanation());
        map.put("derived", cell.derived());
        map.put("suggested", cell.suggested());
        map.put("claims", cell.claims().stream().map(ComparisonJson::claim).toList());
        return map;
    }

    private static Map<String, Object> claim(ExportedClaim claim) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", claim.id());
        map.put("value", claim.value());
        map.put("quote", object("exact", claim.exact(), "start", claim.start(), "end", claim.end(),
                "prefix", claim.prefix(), "suffix", claim.suffix()));
        map.put("attributedTo", claim.attributedTo());
        map.put("status", claim.status());
        return map;
    }
}
