package dev.parallax.ingest;

import dev.parallax.agreement.Agreement;
import dev.parallax.agreement.Facet;
import dev.parallax.claim.Claim;
import dev.parallax.claim.ClaimStatus;
import dev.parallax.claim.QuoteContext;
import dev.parallax.extract.Checkpoint;
import dev.parallax.extract.Extraction;
import dev.parallax.extract.ExtractionInput;
import dev.parallax.extract.Extractor;
import dev.parallax.extract.FacetHints;
import dev.parallax.extract.FacetWords;
import dev.parallax.extract.SuggestedClaim;
import dev.parallax.source.Source;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Runs the pure extractor on a new source and turns its suggestions into SUGGESTED claims. */
final class Suggestions {

    /** Tests watch the thread the extractor runs on through this; it does nothing otherwise. */
    static volatile Runnable onExtract = () -> {
    };

    private Suggestions() {
    }

    /** The suggestions; stops with a CancellationException soon after {@code stopped} turns true. */
    static List<Claim> forSource(Source source, Agreement agreement, List<Facet> facets, BooleanSupplier stopped) {
        onExtract.run();
        List<SuggestedClaim> suggested = Extractor.extract(input(source.text, source.publishedOn, agreement, facets, stopped));
        Map<String, Facet> byKey = byKey(facets);
        return suggested.stream().map(s -> claim(source, byKey.get(s.facetKey()), s)).toList();
    }

    /** What {@link #forSource} would suggest for this text, with up to {@code maxNearMisses} near-misses; stores nothing. */
    static Extraction preview(String text, LocalDate publishedOn, Agreement agreement, List<Facet> facets,
            int maxNearMisses, BooleanSupplier stopped) {
        onExtract.run();
        return Extractor.extractWithNearMisses(input(text, publishedOn, agreement, facets, stopped), maxNearMisses);
    }

    static Map<String, Facet> byKey(List<Facet> facets) {
        return facets.stream().collect(Collectors.toMap(f -> f.key, Function.identity()));
    }

    private static ExtractionInput input(String text, LocalDate publishedOn, Agreement agreement, List<Facet> facets,
            BooleanSupplier stopped) {
        ZoneId zone = agreement.timeZone == null ? ZoneOffset.UTC : ZoneId.of(agreement.timeZone);
        List<FacetHints> hints = facets.stream().map(Suggestions::hints).toList();
        Checkpoint checkpoint = work -> {
            if (stopped.getAsBoolean()) {
                throw new CancellationException("extraction cancelled");
            }
        };
        return new ExtractionInput(text, publishedOn, agreement.signedOn, zone, hints, checkpoint);
    }

    private static FacetHints hints(Facet f) {
        FacetWords words = f.clause == null ? new FacetWords(f.label, f.description, "", "")
                : new FacetWords(f.label, f.description, f.clause.title, f.clause.text);
        return new FacetHints(f.key, f.kind, f.names, f.extract, words);
    }

    private static Claim claim(Source source, Facet facet, SuggestedClaim s) {
        Claim claim = new Claim();
        claim.sourceId = source.id;
        claim.facetId = facet.id;
        claim.value = s.value();
        claim.quoteExact = s.exact();
        claim.quoteStart = s.start();
        claim.quoteEnd = s.end();
        claim.quotePrefix = QuoteContext.prefix(source.text, s.start());
        claim.quoteSuffix = QuoteContext.suffix(source.text, s.end());
        claim.attributedTo = s.attributedTo();
        claim.status = ClaimStatus.SUGGESTED;
        claim.origin = "extractor";
        claim.confidence = s.confidence();
        claim.rule = s.rule();
        claim.reason = s.reason();
        return claim;
    }
}
