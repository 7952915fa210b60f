package dev.parallax.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.parallax.seed.SeedCorpus;
import dev.parallax.seed.SeedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tuning aid: the alignment's threshold and tie ratio swept over the tuning half and the seed corpus with its hints
 * removed (totals only, no timing). Run like {@link DevSetEvaluation} with
 * {@code -Dexec.mainClass=dev.parallax.extract.DevSetSweep}.
 */
public final class DevSetSweep {

    private DevSetSweep() {
    }

    public static void main(String[] args) throws IOException {
        DevSetEvaluation.Split split = new ObjectMapper(new YAMLFactory())
                .readValue(DevSetEvaluation.DEVSET.resolve("split.yaml").toFile(), DevSetEvaluation.Split.class);
        List<SeedFixtures> tuning = new ArrayList<>();
        for (SeedCorpus c : new SeedReader(DevSetEvaluation.DEVSET.toString()).readAll()) {
            if (split.tuning().contains(c.agreement().slug())) {
                tuning.add(SeedFixtures.of(c, false));
            }
        }
        SeedFixtures seeds = SeedFixtures.of(new SeedReader("seeds").readAll().get(0), false);
        AlignmentSettings b = AlignmentSettings.BEST;
        System.out.println("half threshold tie  | tuning P R V-all V-spk | seeds-removed P R V-spk");
        for (double half : new double[] {20, 40, 80}) {
          for (double threshold : new double[] {0.15, 0.20, 0.25}) {
            for (double tie : new double[] {0.75, 0.85}) {
                AlignmentSettings s = new AlignmentSettings("sweep", b.label(), b.description(), b.names(),
                        b.clauseTitle(), b.clauseText(), b.idf(), b.window(), half, b.previous(),
                        b.reach(), threshold, tie, b.minConfidence());
                DevSetScore t = DevSetScore.empty();
                for (SeedFixtures f : tuning) {
                    t = t.plus(score(f, s));
                }
                DevSetScore sd = score(seeds, s);
                System.out.printf(Locale.ROOT, "%3.0f  %.2f      %.2f | %.2f %.2f %.2f %.2f | %.2f %.2f %.2f%n", half, threshold, tie,
                        t.precision(), t.recall(), t.verdictAccuracy(), t.speakingAccuracy(), sd.precision(),
                        sd.recall(), sd.speakingAccuracy());
            }
          }
        }
    }

    private static DevSetScore score(SeedFixtures f, AlignmentSettings s) {
        Map<String, List<SuggestedClaim>> suggestions = new LinkedHashMap<>();
        for (String file : f.sources) {
            suggestions.put(file, Extractor.extract(f.input(file), s));
        }
        return DevSetScore.of(f, suggestions);
    }
}
