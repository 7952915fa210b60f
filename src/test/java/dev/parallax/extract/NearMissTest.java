package dev.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.value.ValueKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The near-misses the extractor reports: each with its reason, bounded, and never changing the suggestions. */
class NearMissTest {

    private static final String TEXT = "The buffer zone reaches 5 km to the east of the canal. A 7 km road was paved."
            + " Some 40 boats were stuck and 3 boats sank. Officials said 900 boats were stuck, an exaggeration.";

    private static final List<FacetHints> FACETS = List.of(
            new FacetHints("zone-east", ValueKind.LENGTH, List.of(), Map.of("follow", List.of("to the east"))),
            new FacetHints("boats-stuck", ValueKind.COUNT, List.of(), Map.of("follow", List.of("boats"),
                    "cues", List.of("stuck"), "max", 500, "exclude", List.of("exaggeration"))));

    private static ExtractionInput input() {
        return new ExtractionInput(TEXT, null, LocalDate.of(2022, 5, 10), null, FACETS);
    }

    private static String at(NearMiss m) {
        return m.facetKey() + " '" + m.exact() + "': " + m.reason();
    }

    @Test
    void everyTurnedDownValueComesWithItsReasonAndTheSuggestionsStayTheSame() {
        Extraction found = Extractor.extractWithNearMisses(input(), 50);
        assertThat(found.suggestions()).isEqualTo(Extractor.extract(input()));
        assertThat(found.suggestions()).extracting(SuggestedClaim::exact).containsExactly("5 km to the east", "Some 40 boats");
        List<String> misses = found.nearMisses().stream().map(NearMissTest::at).toList();
        assertThat(misses).contains(
                "zone-east '7 km': no follow pattern of the facet comes right after it",
                "boats-stuck '3 boats': the facet already has an earlier value in this sentence",
                "boats-stuck '900': above the facet's max 500.0");
        assertThat(found.nearMisses()).allSatisfy(m -> assertThat(TEXT.substring(m.start(), m.end())).isEqualTo(m.exact()));
        assertThat(found.nearMisses()).isSortedAccordingTo(java.util.Comparator.comparingInt(NearMiss::start));
        assertThat(found.nearMissesSeen()).isEqualTo(found.nearMisses().size());
    }

    @Test
    void theListIsBoundedAndTheRestCounted() {
        Extraction all = Extractor.extractWithNearMisses(input(), 50);
        Extraction one = Extractor.extractWithNearMisses(input(), 1);
        assertThat(one.nearMisses()).hasSize(1);
        assertThat(one.nearMissesSeen()).isEqualTo(all.nearMissesSeen()).isGreaterThan(1);
        assertThat(Extractor.extractWithNearMisses(input(), 0).nearMisses()).isEmpty();
    }

    @Test
    void rulesReadAsWords() {
        assertThat(RuleWords.explain("length+follow+cue")).isEqualTo("a length found in the text; followed by one"
                + " of the facet's follow patterns; with one of the facet's cue words nearby");
        assertThat(RuleWords.explain("clock+weekday")).contains("on the weekday named next to it");
        assertThat(RuleWords.explain("percent+align")).startsWith("a percentage found in the text; matched to");
        assertThat(RuleWords.explain("new-detector")).isEqualTo("new-detector");
    }
}
