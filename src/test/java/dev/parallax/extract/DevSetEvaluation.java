package dev.parallax.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.parallax.seed.SeedCorpus;
import dev.parallax.seed.SeedReader;
import dev.parallax.seed.SeedValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs the extractor on the development set (src/test/devset: agreements and articles it was never tuned on, gold
 * claims and verdicts written by hand) and on the seed corpus (in-sample), and prints precision, recall, verdict
 * accuracy (all cells; cells where the article says something) and the extraction time per article, per agreement and
 * per half of the split. Details (wrong suggestions, missed claims, verdict differences) are printed for the tuning
 * half only, unless {@code -Ddevset.details=all}. Hints "descr" is an experiment: cues derived from each facet's label and
 * description ({@link DescriptionCues}), not something the service does. Run from the project root:
 * {@code ./mvnw -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.parallax.extract.DevSetEvaluation}
 */
public final class DevSetEvaluation {

    static final Path DEVSET = Path.of("src/test/devset");
    private static final int WARM_UP = 20;
    private static final int RUNS = 50;
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private DevSetEvaluation() {
    }

    /** The split manifest. */
    record Split(List<String> tuning, List<String> heldBack) {
    }

    public static void main(String[] args) throws IOException {
        boolean allDetails = "all".equals(System.getProperty("devset.details"));
        Split split = YAML.readValue(DEVSET.resolve("split.yaml").toFile(), Split.class);
        Map<String, SeedCorpus> corpora = new LinkedHashMap<>();
        for (SeedCorpus c : new SeedReader(DEVSET.toString()).readAll()) {
            SeedValidator.validate(c);                        // quotes stand at their offsets, values are well-formed
            corpora.put(c.agreement().slug(), c);
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-10s %-22s %-5s %3s %4s %4s %4s %5s %5s %5s %6s %6s %6s %8s%n", "half",
                "agreement", "hints", "art", "gold", "sugg", "TP", "P", "R", "cells", "V-all", "speak", "V-spk",
                "p50 ms"));
        SeedCorpus seeds = new SeedReader("seeds").readAll().get(0);
        row(out, "in-sample", seeds.agreement().slug(), "yes", SeedFixtures.of(seeds, true));
        row(out, "in-sample", seeds.agreement().slug(), "no", SeedFixtures.of(seeds, false));
        row(out, "in-sample", seeds.agreement().slug(), "descr", SeedFixtures.of(seeds,
                f -> DescriptionCues.of(new SeedCorpus.FacetSeed(f.key(), f.label(), f.kind(), f.clause(),
                        f.description(), f.expected(), f.sumOf(), f.names(), Map.of()))));
        List<String> details = new ArrayList<>();
        for (String half : List.of("tuning", "held-back")) {
            List<String> slugs = half.equals("tuning") ? split.tuning() : split.heldBack();
            DevSetScore total = DevSetScore.empty();
            int articles = 0;
            DevSetScore derivedTotal = DevSetScore.empty();
            for (String slug : slugs) {
                SeedFixtures f = SeedFixtures.of(corpora.get(slug), false);
                DevSetScore s = row(out, half, slug, "none", f);
                DevSetScore derived = row(out, half, slug, "descr", SeedFixtures.of(corpora.get(slug), DescriptionCues::of));
                total = total.plus(s);
                derivedTotal = derivedTotal.plus(derived);
                if (half.equals("tuning") || allDetails) {
                    derived.wrong().forEach(w -> details.add(slug + " descr wrong:  " + w));
                    derived.missed().forEach(m -> details.add(slug + " descr missed: " + m));
                }
                articles += f.sources.size();
                List<String> goldCheck = DevSetScore.goldVerdictMismatches(f, handVerdicts(slug));
                goldCheck.forEach(m -> details.add("GOLD VERDICT CHECK " + slug + " " + m));
                if (half.equals("tuning") || allDetails) {
                    s.wrong().forEach(w -> details.add(slug + " wrong:  " + w));
                    s.missed().forEach(m -> details.add(slug + " missed: " + m));
                    s.verdictDiffs().forEach(d -> details.add(slug + " verdict: " + d));
                }
            }
            line(out, half, "== total", "none", articles, total, Double.NaN);
            line(out, half, "== total", "descr", articles, derivedTotal, Double.NaN);
        }
        out.append('\n');
        details.forEach(d -> out.append(d).append('\n'));
        System.out.print(out);
    }

    private static DevSetScore row(StringBuilder out, String half, String slug, String hints, SeedFixtures f) {
        Map<String, List<SuggestedClaim>> suggestions = new LinkedHashMap<>();
        for (String file : f.sources) {
            suggestions.put(file, Extractor.extract(f.input(file)));
        }
        DevSetScore s = DevSetScore.of(f, suggestions);
        line(out, half, slug, hints, f.sources.size(), s, p50Millis(f));
        return s;
    }

    private static void line(StringBuilder out, String half, String slug, String hints, int articles, DevSetScore s,
                             double p50) {
        out.append(String.format(Locale.ROOT, "%-10s %-22s %-5s %3d %4d %4d %4d %5.2f %5.2f %5d %6.2f %6d %6.2f %8s%n",
                half, slug, hints, articles, s.gold(), s.suggested(), s.right(), s.precision(), s.recall(), s.cells(),
                s.verdictAccuracy(), s.speakingCells(), s.speakingAccuracy(),
                Double.isNaN(p50) ? "" : String.format(Locale.ROOT, "%.3f", p50)));
    }

    /** The median extraction time over all articles' timed runs, after warm-up runs of each. */
    private static double p50Millis(SeedFixtures f) {
        long[] nanos = new long[RUNS * f.sources.size()];
        int i = 0;
        for (String file : f.sources) {
            ExtractionInput in = f.input(file);
            for (int w = 0; w < WARM_UP; w++) {
                Extractor.extract(in);
            }
            for (int r = 0; r < RUNS; r++) {
                long t = System.nanoTime();
                Extractor.extract(in);
                nanos[i++] = System.nanoTime() - t;
            }
        }
        Arrays.sort(nanos);
        return nanos[nanos.length / 2] / 1e6;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Map<String, String>> handVerdicts(String slug) throws IOException {
        Path p = DEVSET.resolve(slug).resolve("verdicts.yaml");
        if (!Files.exists(p)) {
            return Map.of();
        }
        Map<String, Map<String, String>> m = YAML.readValue(p.toFile(), Map.class);
        return m == null ? Map.of() : m;
    }
}
