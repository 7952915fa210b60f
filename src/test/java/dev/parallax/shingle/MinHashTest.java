package dev.parallax.shingle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.testing.SeedArticles;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Shingling and MinHash similarity: reprints score high, different reports low, and the cost is linear. */
class MinHashTest {

    /** The default of parallax.lineage.copy-threshold. */
    static final double THRESHOLD = 0.5;

    @Test
    void aReprintWithSmallEditsIsSimilarToItsOriginal() {
        int[] wire = MinHash.signature(WireStories.WIRE);
        assertThat(MinHash.similarity(wire, MinHash.signature(WireStories.REPRINT_SAME_FIGURES))).isGreaterThan(0.8);
        assertThat(MinHash.similarity(wire, MinHash.signature(WireStories.REPRINT_MILES))).isGreaterThan(0.8);
        assertThat(MinHash.similarity(wire, wire)).isEqualTo(1.0);
    }

    @Test
    void anotherReportOfTheSameEventIsNot() {
        double s = MinHash.similarity(MinHash.signature(WireStories.WIRE), MinHash.signature(WireStories.UNRELATED));
        assertThat(s).isLessThan(0.1);
    }

    @Test
    void theSeedArticlesAreNotCopiesOfEachOther() {
        List<String> files = List.of(SeedArticles.S000, SeedArticles.S001, SeedArticles.S002, SeedArticles.S003,
                SeedArticles.S004);
        List<int[]> signatures = files.stream().map(f -> MinHash.signature(SeedArticles.text(f))).toList();
        for (int i = 0; i < files.size(); i++) {
            for (int j = i + 1; j < files.size(); j++) {
                assertThat(MinHash.similarity(signatures.get(i), signatures.get(j)))
                        .as(files.get(i) + " vs " + files.get(j)).isLessThan(THRESHOLD / 2);
            }
        }
    }

    @Test
    void punctuationCaseAndSpacingDoNotCount() {
        assertThat(MinHash.similarity(MinHash.signature("The truce takes effect at midnight, officials said."),
                MinHash.signature("the TRUCE takes   effect at midnight officials said"))).isEqualTo(1.0);
    }

    @Test
    void aTextWithoutWordsIsSimilarToNothing() {
        int[] empty = MinHash.signature(" -- ");
        assertThat(MinHash.similarity(empty, empty)).isZero();
        assertThat(MinHash.similarity(empty, MinHash.signature("one word"))).isZero();
    }

    @Test
    void theStoredFormRoundTrips() {
        int[] signature = MinHash.signature(WireStories.WIRE);
        byte[] bytes = MinHash.toBytes(signature);
        assertThat(bytes).hasSize(MinHash.SIZE * 4);
        assertThat(MinHash.fromBytes(bytes)).isEqualTo(signature);
    }

    @Test
    void theCostIsLinearInTheTextLength() {
        long once = operations(1);
        long x16 = operations(16);
        long x64 = operations(64);
        // Four times the text, four times the steps (within 1 %): no quadratic term; and about once per character
        // plus a fixed number per word, whatever the length.
        assertThat((double) x64 / x16).isBetween(3.96, 4.04);
        assertThat((double) x64 / (64 * once)).isBetween(0.98, 1.03);
    }

    private static long operations(int copies) {
        Operations ops = new Operations();
        MinHash.signature(WireStories.WIRE.repeat(copies), ops);
        return ops.count();
    }
}
