package dev.parallax.extract;

import dev.parallax.value.AssertionValue;
import dev.parallax.value.Quantity;
import dev.parallax.value.TextValue;
import dev.parallax.value.Value;
import dev.parallax.value.ValueKind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one facet may take from an article, before its hints are checked: the detected values of its kind (quantities
 * only within its {@code min}/{@code max}/{@code units}), then matches of its {@code assertions} (false when negated
 * just before), then matches of its {@code texts}.
 */
final class FacetFindings {

    private static final Pattern NEGATION = Pattern.compile(
            "(?<![\\p{L}])(?:not|no|never|without|cannot|fail(?:s|ed)?\\s+to|refus(?:es|ed)?\\s+to)(?![\\p{L}])|n[\u2019']t(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    private static final int NEGATION_LOOK_BACK = 30;

    private FacetFindings() {
    }

    static List<Finding> of(Article article, CompiledFacet facet) {
        return of(article, facet, NearMisses.NONE);
    }

    /** As {@link #of(Article, CompiledFacet)}, telling {@code misses} of each quantity its bounds turn down. */
    static List<Finding> of(Article article, CompiledFacet facet, NearMisses misses) {
        int scans = 1 + facet.spec().assertions().size() + facet.spec().texts().size();
        article.checkpoint().passed(scans * (article.text().length() + 1));
        List<Finding> out = new ArrayList<>();
        for (Mention m : detected(article, facet)) {
            if (!(m.value() instanceof Quantity q) || facet.spec().admits(q)) {
                out.add(Finding.of(m));
            } else if (misses.wanted()) {
                misses.add(article, facet, Finding.of(m), facet.spec().whyNotAdmitted(q));
            }
        }
        if (facet.kind() == ValueKind.ASSERTION) {
            out.addAll(matches(article.text(), facet.spec().assertions(), Detector.ASSERTION,
                    a -> new AssertionValue(!negated(article, a.start()))));
        }
        out.addAll(matches(article.text(), facet.spec().texts(), Detector.TEXT, t -> new TextValue(t.group())));
        return out;
    }

    private static List<Mention> detected(Article article, CompiledFacet facet) {
        if (!facet.kind().isName() && facet.spec().isEmpty()) {
            return List.of();                          // nothing tells this facet's values from any other's
        }
        return switch (facet.kind()) {
            case COUNT, LENGTH, DURATION, PERCENT, MASS -> article.quantities().stream()
                    .filter(m -> m.kind() == facet.kind()).toList();
            case INSTANT -> article.times();
            case DATE -> article.dates();
            case PLACE, ACTOR -> facet.names().find(article.text());
            case ASSERTION, TEXT -> List.of();
        };
    }

    private static List<Finding> matches(String text, List<Pattern> patterns, Detector detector,
                                         Function<MatchResult, Value> value) {
        List<Finding> out = new ArrayList<>();
        for (Pattern p : patterns) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                out.add(Finding.phrase(m, value.apply(m), detector));
            }
        }
        return out;
    }

    private static boolean negated(Article article, int start) {
        Sentences sentences = article.sentences();
        int si = sentences.indexOf(start);
        int floor = Math.max(si < 0 ? 0 : sentences.start(si), start - NEGATION_LOOK_BACK);
        Matcher m = NEGATION.matcher(article.text()).region(floor, start);
        m.useTransparentBounds(true);
        return m.find();
    }
}
