package dev.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.value.DateValue;
import dev.parallax.value.Quantity;
import dev.parallax.value.ValueKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Values reach facets without hints by the agreement's own words: a made-up harbour treaty, nothing from the seed. */
class AlignerTest {

    private static final FacetHints ESCORTS = words("escort-ships", ValueKind.COUNT, "Number of escort ships",
            "How many warships escort the grain convoy.", "Convoys", "Warships escort every grain convoy.");
    private static final FacetHints INSPECTORS = words("inspectors", ValueKind.COUNT, "Number of inspectors",
            "How many inspectors check each vessel in the harbour.", "Inspections",
            "Inspectors check each vessel in the harbour.");
    private static final FacetHints TALKS = words("talks-start", ValueKind.DATE, "Start of talks",
            "The day the talks on a lasting settlement begin.", "Talks", "Talks begin on the day of signature.");
    private static final FacetHints RELEASE = words("prisoner-release", ValueKind.DATE, "Release of prisoners",
            "The day the prisoners are released.", "Prisoners", "Prisoners are released on the day of signature.");

    private static FacetHints words(String key, ValueKind kind, String label, String description, String clauseTitle,
                                    String clauseText) {
        return new FacetHints(key, kind, List.of(), Map.of(),
                new FacetWords(label, description, clauseTitle, clauseText));
    }

    private static ExtractionInput input(String text, List<FacetHints> facets) {
        return new ExtractionInput(text, LocalDate.of(2021, 3, 2), LocalDate.of(2021, 3, 1), ZoneOffset.UTC, facets);
    }

    private static List<SuggestedClaim> of(List<SuggestedClaim> claims, String facet) {
        return claims.stream().filter(c -> c.facetKey().equals(facet)).toList();
    }

    private static final String HARBOUR = "Officials said 12 warships will escort each grain convoy. "
            + "The harbour will host 40 inspectors who check each vessel. "
            + "Local fishermen caught 300 mackerel on a calm morning.";

    @Test
    void aValueGoesToTheFacetItsSentenceSpeaksOf() {
        List<SuggestedClaim> claims = Extractor.extract(input(HARBOUR, List.of(ESCORTS, INSPECTORS)));
        assertThat(of(claims, "escort-ships")).singleElement()
                .satisfies(c -> assertThat(((Quantity) c.value()).amount()).isEqualByComparingTo(BigDecimal.valueOf(12)));
        assertThat(of(claims, "inspectors")).singleElement()
                .satisfies(c -> assertThat(((Quantity) c.value()).amount()).isEqualByComparingTo(BigDecimal.valueOf(40)));
    }

    @Test
    void aValueInAnUnrelatedSentenceIsNotSuggestedAndTheNearMissSaysWhy() {
        Extraction found = Extractor.extractWithNearMisses(input(HARBOUR, List.of(ESCORTS, INSPECTORS)), 20);
        assertThat(found.suggestions()).noneMatch(c -> c.exact().contains("300"));
        assertThat(found.nearMisses()).filteredOn(m -> m.exact().contains("300")).isNotEmpty()
                .allSatisfy(m -> assertThat(m.reason()).startsWith("best facet score below threshold"));
    }

    @Test
    void twoValuesInOneSentenceGoEachToTheFacetOfTheWordsNextToThem() {
        String text = "Under the deal 12 warships escort the grain convoy while 40 inspectors check each vessel.";
        List<SuggestedClaim> claims = Extractor.extract(input(text, List.of(ESCORTS, INSPECTORS)));
        assertThat(of(claims, "escort-ships")).extracting(SuggestedClaim::exact).containsExactly("12");
        assertThat(of(claims, "inspectors")).extracting(SuggestedClaim::exact).containsExactly("40");
    }

    @Test
    void aValueThatSpeaksToTwoFacetsGoesToBoth() {
        String text = "On 5 March the talks begin and the prisoners are released.";
        List<SuggestedClaim> claims = Extractor.extract(input(text, List.of(TALKS, RELEASE)));
        DateValue fifth = new DateValue(LocalDate.of(2021, 3, 5));
        assertThat(of(claims, "talks-start")).extracting(SuggestedClaim::value).containsExactly(fifth);
        assertThat(of(claims, "prisoner-release")).extracting(SuggestedClaim::value).containsExactly(fifth);
    }

    @Test
    void anAlignedSuggestionCarriesAConfidenceAndAReasonAReviewerReads() {
        SuggestedClaim escorts = of(Extractor.extract(input(HARBOUR, List.of(ESCORTS, INSPECTORS))), "escort-ships")
                .get(0);
        assertThat(escorts.rule()).isEqualTo("count+align");
        assertThat(escorts.confidence()).isBetween(0.3, 0.99);
        assertThat(escorts.reason()).startsWith("'12' in a sentence with ").contains("'warships'")
                .containsPattern("(label|description|clause text|clause title|names) match 0\\.\\d\\d")
                .contains("(\"Number of escort ships\")");
        assertThat(RuleWords.explain(escorts.rule())).contains("matched to the facet by the words around it");
    }

    @Test
    void aFacetWithHintsKeepsItsValueAgainstOneAlignedByWords() {
        FacetHints hinted = new FacetHints("inspectors", ValueKind.COUNT, List.of(), Map.of("follow", List.of("inspectors")));
        String text = "The harbour will host 40 inspectors and warships escort the grain convoy.";
        List<SuggestedClaim> claims = Extractor.extract(input(text, List.of(ESCORTS, hinted)));
        assertThat(of(claims, "inspectors")).extracting(SuggestedClaim::exact).containsExactly("40 inspectors");
        assertThat(of(claims, "escort-ships")).isEmpty();
        assertThat(of(claims, "inspectors").get(0).reason()).isNull();
    }

    @Test
    void aNameTwoFacetsShareGoesToTheFacetItsSentenceSpeaksOf() {
        List<dev.parallax.value.NameEntry> lakeside = List.of(new dev.parallax.value.NameEntry("Lakeside", List.of()));
        FacetHints signing = new FacetHints("signing-place", ValueKind.PLACE, lakeside, Map.of(),
                new FacetWords("Place of signature", "Where the accord was signed.", "", ""));
        FacetHints seat = new FacetHints("centre-seat", ValueKind.PLACE, lakeside, Map.of(),
                new FacetWords("Seat of the coordination centre", "Where the coordination centre sits.", "", ""));
        String text = "The accord was signed in Lakeside on a rainy day. The coordination centre will sit in Lakeside.";
        List<SuggestedClaim> claims = Extractor.extract(input(text, List.of(signing, seat)));
        assertThat(of(claims, "signing-place")).extracting(SuggestedClaim::start).containsExactly(text.indexOf("Lakeside"));
        assertThat(of(claims, "centre-seat")).extracting(SuggestedClaim::start)
                .containsExactly(text.lastIndexOf("Lakeside"));
        assertThat(of(claims, "centre-seat").get(0).rule()).isEqualTo("name+align");
    }

    @Test
    void aConfidenceDropsAsTheRunnerUpComesCloserOrTheValueIsShared() {
        assertThat(AlignmentConfidence.of(0.3, 0, false)).isGreaterThan(AlignmentConfidence.of(0.3, 0.1, false));
        assertThat(AlignmentConfidence.of(0.3, 0.1, false)).isGreaterThan(AlignmentConfidence.of(0.3, 0.2, false));
        assertThat(AlignmentConfidence.of(0.3, 0.25, true)).isLessThan(AlignmentConfidence.of(0.3, 0, false));
        assertThat(AlignmentConfidence.of(0.6, 0, false)).isGreaterThan(AlignmentConfidence.of(0.3, 0, false));
        assertThat(AlignmentConfidence.of(5.0, 0, false)).isLessThanOrEqualTo(0.99);
    }
}
