package dev.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parallax.seed.SeedCorpus;
import dev.parallax.seed.SeedReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scoring helpers of {@link AlignmentComparison} (not the embedding model): overlap, Lucene TF-IDF, ranking. */
class AlignmentScoringTest {

    private static final String TEXT = "Talks ended. Under the deal 5 bridges reopen within 3 days, and 40 guards stay.";

    private static final String AGREEMENT = """
            slug: tiny
            title: Tiny
            signedOn: 2020-01-01
            clauses: [{number: "1", title: Bridges, text: "Five bridges reopen; forty guards stay."}]
            facets:
              - {key: bridges, label: Bridges reopened, kind: COUNT, clause: "1", description: "How many bridges reopen."}
              - {key: guards, label: Guards, kind: COUNT, clause: "1", description: "How many guards stay on."}
              - {key: delay, label: Delay, kind: DURATION, description: "How long until the bridges reopen."}
            sources: [{file: a.txt, title: A, language: en}]
            """;

    private static final String CLAIMS = """
            claims:
              - {source: a.txt, facet: bridges, quote: {exact: "5 bridges", start: 28, end: 37}, value: {kind: COUNT, amount: "5"}}
              - {source: a.txt, facet: guards, quote: {exact: "40 guards", start: 64, end: 73}, value: {kind: COUNT, amount: "40"}}
            """;

    private final SeedCorpus corpus = SeedReader.fromText(AGREEMENT, CLAIMS, Map.of("a.txt", TEXT));

    @Test
    void wordOverlapIsJaccardOfLowercaseWords() {
        assertThat(WordOverlap.score("Bridges reopen", "bridges stay")).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(WordOverlap.score("", "bridges")).isZero();
    }

    @Test
    void luceneStemsAndWeighsRareWordsHigher() {
        assertThat(LexicalSimilarity.stems("The prisoners are released")).containsExactly("prison", "releas");
        LexicalSimilarity lex = new LexicalSimilarity(List.of("bridges reopen", "guards stay", "bridges guards"));
        assertThat(lex.idf("reopen")).isGreaterThan(lex.idf("bridg"));
        assertThat(lex.score("the bridge reopened", "bridges reopen")).isCloseTo(1.0, within(1e-9));
        assertThat(lex.score("guards stayed", "bridges reopen")).isZero();
    }

    @Test
    void topKBreaksTiesAtRandom() {
        assertThat(Ranking.topK(0.5, new double[] {0.1, 0.2}, 1)).isEqualTo(1.0);
        assertThat(Ranking.topK(0.5, new double[] {0.9, 0.2}, 1)).isZero();
        assertThat(Ranking.topK(0.5, new double[] {0.9, 0.2}, 2)).isEqualTo(1.0);
        assertThat(Ranking.topK(0.5, new double[] {0.5, 0.2}, 1)).isEqualTo(0.5);
        assertThat(Ranking.topK(0.5, new double[] {0.5, 0.5, 0.5}, 2)).isEqualTo(0.5);
    }

    @Test
    void signTestIsTwoSidedAndExact() {
        assertThat(Ranking.signTest(15, 5)).isCloseTo(0.0414, within(1e-4));
        assertThat(Ranking.signTest(13, 13)).isEqualTo(1.0);
        assertThat(Ranking.signTest(0, 0)).isEqualTo(1.0);
    }

    @Test
    void thresholdKeepsTheAskedShare() {
        List<Double> scores = List.of(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0);
        assertThat(Ranking.threshold(scores, 0.9)).isEqualTo(0.2);
        assertThat(scores.stream().filter(s -> s >= Ranking.threshold(scores, 0.9)).count()).isEqualTo(9);
        assertThat(Ranking.threshold(List.of(), 0.9)).isNaN();
    }

    @Test
    void contextIsTheSentenceOrAFewWordsEitherSide() {
        assertThat(ValueContext.SENTENCE.of(TEXT, 28, 37))
                .isEqualTo("Under the deal 5 bridges reopen within 3 days, and 40 guards stay.");
        assertThat(ValueContext.WINDOW.of(TEXT, 28, 37)).isEqualTo("Under the deal 5 bridges reopen within 3 days, and");
        assertThat(ValueContext.WINDOW.of(TEXT, 64, 73)).isEqualTo("reopen within 3 days, and 40 guards stay.");
    }

    @Test
    void facetTextTakesLabelDescriptionAndOptionallyTheClause() {
        SeedCorpus.FacetSeed bridges = corpus.agreement().facets().get(0);
        assertThat(FacetText.OWN_WORDS.of(corpus.agreement(), bridges))
                .isEqualTo("Bridges reopened. How many bridges reopen.");
        assertThat(FacetText.WITH_CLAUSE.of(corpus.agreement(), bridges))
                .endsWith("Bridges. Five bridges reopen; forty guards stay.");
    }

    @Test
    void casesTakeSameKindCandidatesAndTheCeilingCountsSharedSentences() {
        List<AlignmentComparison.Case> cases = AlignmentComparison.cases(corpus);
        assertThat(cases).hasSize(2);
        assertThat(cases.get(0).candidates()).extracting(SeedCorpus.FacetSeed::key).containsExactly("bridges", "guards");
        assertThat(AlignmentComparison.ceiling(cases, ValueContext.SENTENCE)).isEqualTo(0.5);
        assertThat(AlignmentComparison.ceiling(cases, ValueContext.WINDOW)).isEqualTo(1.0);
        assertThat(AlignmentComparison.decoys(corpus)).extracting(AlignmentComparison.Decoy::number).containsExactly("3");
    }
}
