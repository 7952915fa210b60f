package dev.parallax.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

/** Extraction work grows with the text, not with its square: counted through the checkpoint, never timed. */
class ExtractionScalingTest {

    private static final SeedFixtures SEEDS = SeedFixtures.load();
    // the same facets with their hints removed: every number, time and date is aligned by the facets' own words
    private static final SeedFixtures NO_HINTS = SeedFixtures.of(SEEDS.corpus, false);

    /** Counts the work the extractor reports. */
    private static final class Counter implements Checkpoint {
        long work;

        @Override
        public void passed(int units) {
            work += units;
        }
    }

    // "officials said" over and over, with numbers, lengths, times and dates; one sentence or many
    private static String article(int repeats, boolean oneSentence) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < repeats; i++) {
            sb.append(oneSentence ? "the ceasefire held, officials said, as " : "The ceasefire held. Officials said ")
                    .append(i % 90 + 3).append(" joint patrols ran 6 km north of the M4 corridor at 00:01 on 6 March,")
                    .append(" officials said, and ");
        }
        return sb.append("so it ended.").toString();
    }

    private static ExtractionInput input(String text, Checkpoint checkpoint) {
        return new ExtractionInput(text, LocalDate.of(2020, 3, 6), LocalDate.of(2020, 3, 5), SEEDS.zone, SEEDS.hints,
                checkpoint);
    }

    private static long work(String text) {
        return work(text, SEEDS);
    }

    private static long work(String text, SeedFixtures facets) {
        Counter counter = new Counter();
        Extractor.extract(new ExtractionInput(text, LocalDate.of(2020, 3, 6), LocalDate.of(2020, 3, 5), facets.zone,
                facets.hints, counter));
        return counter.work;
    }

    private static void assertLinear(boolean oneSentence) {
        assertLinear(oneSentence, SEEDS);
    }

    private static void assertLinear(boolean oneSentence, SeedFixtures facets) {
        long n = work(article(200, oneSentence), facets);
        long fourN = work(article(800, oneSentence), facets);
        assertTrue(fourN <= 5 * n, "work for n: " + n + ", for 4n: " + fourN + " (quadratic would be 16 times)");
    }

    @Test
    void workIsLinearInManySentences() {
        assertLinear(false);
    }

    @Test
    void workIsLinearInOneLongSentence() {
        assertLinear(true);
    }

    @Test
    void alignmentWithoutHintsIsLinearInManySentences() {
        assertLinear(false, NO_HINTS);
    }

    @Test
    void alignmentWithoutHintsIsLinearInOneLongSentence() {
        assertLinear(true, NO_HINTS);
    }

    @Test
    void alignmentWithoutHintsSuggestsFromA200KbSentence() {
        String text = article(1600, true);
        List<SuggestedClaim> claims = Extractor.extract(new ExtractionInput(text, LocalDate.of(2020, 3, 6),
                LocalDate.of(2020, 3, 5), NO_HINTS.zone, NO_HINTS.hints, null));
        assertFalse(claims.isEmpty());
        assertTrue(claims.stream().anyMatch(c -> c.reason() != null), "some suggestion comes from alignment");
    }

    @Test
    void readsA200KbArticleOfRepeatedReportingVerbs() {
        String text = article(1600, true);
        assertTrue(text.length() > 200_000);
        List<SuggestedClaim> claims = Extractor.extract(input(text, null));
        assertFalse(claims.isEmpty());
    }

    @Test
    void aCheckpointThatThrowsStopsTheExtraction() {
        String text = article(800, false);
        long all = work(text);
        Counter counter = new Counter();
        Checkpoint stopHalfWay = units -> {
            counter.passed(units);
            if (counter.work > all / 2) {
                throw new CancellationException("stop");
            }
        };
        assertThrows(CancellationException.class, () -> Extractor.extract(input(text, stopHalfWay)));
        assertTrue(counter.work < all, "stopped before the end: " + counter.work + " of " + all);
    }
}
