package dev.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.seed.SeedCorpus;
import dev.parallax.seed.SeedReader;
import dev.parallax.seed.SeedValidator;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The development set stays usable: every corpus passes the seed validator (quotes at their offsets), no facet
 * carries extraction hints, each agreement has at least four articles, the split names every agreement once, and the
 * engine gives the hand-written gold verdicts from the gold claims.
 */
class DevSetDataTest {

    private final List<SeedCorpus> corpora = new SeedReader(DevSetEvaluation.DEVSET.toString()).readAll();

    @Test
    void everyCorpusIsValidHintFreeAndLargeEnough() {
        assertThat(corpora).hasSizeGreaterThanOrEqualTo(4);
        for (SeedCorpus c : corpora) {
            SeedValidator.validate(c);
            assertThat(c.agreement().facets()).allSatisfy(f -> assertThat(f.extract()).as(f.key()).isEmpty());
            assertThat(c.agreement().sources()).as(c.agreement().slug()).hasSizeGreaterThanOrEqualTo(4);
            assertThat(c.claims()).as(c.agreement().slug()).isNotEmpty();
        }
    }

    @Test
    void theSplitNamesEveryAgreementExactlyOnce() throws IOException {
        DevSetEvaluation.Split split = new com.fasterxml.jackson.databind.ObjectMapper(
                new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                .readValue(DevSetEvaluation.DEVSET.resolve("split.yaml").toFile(), DevSetEvaluation.Split.class);
        Set<String> slugs = corpora.stream().map(c -> c.agreement().slug()).collect(Collectors.toSet());
        assertThat(split.tuning()).noneMatch(split.heldBack()::contains);   // the held-back half may be empty
        assertThat(Set.copyOf(concat(split.tuning(), split.heldBack()))).isEqualTo(slugs);
    }

    @Test
    void theEngineGivesTheHandWrittenGoldVerdicts() throws IOException {
        for (SeedCorpus c : corpora) {
            SeedFixtures f = SeedFixtures.of(c, false);
            assertThat(DevSetScore.goldVerdictMismatches(f, DevSetEvaluation.handVerdicts(c.agreement().slug())))
                    .as(c.agreement().slug()).isEmpty();
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
