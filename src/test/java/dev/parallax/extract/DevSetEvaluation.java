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
 * half only, unless {@code -Ddevset.details=all}. Without hints, values reach facets by alignment ({@link Aligner});
 * each alignment variant ({@link #VARIANTS}, the first is the service's) gets a row, and the aligned suggestions of the
 * service's variant are bucketed by confidence (calibration table). Run from the project root:
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
        out.append(String.format(Locale.ROOT, "%-10s %-22s %-17s %3s %4s %4s %4s %5s %5s %5s %6s %6s %6s %8s%n", "half",
                "agreement", "hints/variant", "art", "gold", "sugg", "TP", "P", "R", "cells", "V-all", "speak", "V-spk",
                "p50 ms"));
        SeedCorpus seeds = new SeedReader("seeds").readAll().get(0);
        DevSetCalibration calibration = new DevSetCalibration();
        DevSetCalibration tuningCalibration = new DevSetCalibration();
        List<String> details = new ArrayList<>();
        row(out, "in-sample", seeds.agreement().slug(), "yes", SeedFixtures.of(seeds, true), AlignmentSettings.BEST,
                true, null);
        for (AlignmentSettings v : VARIANTS) {
            DevSetScore s = row(out, "in-sample", seeds.agreement().slug(), "removed " + v.name(),
                    SeedFixtures.of(seeds, false), v, v == AlignmentSettings.BEST,
                    v == AlignmentSettings.BEST ? calibration : null);
            if (v == AlignmentSettings.BEST && allDetails) {
                s.wrong().forEach(w -> details.add("seeds wrong:  " + w));
                s.missed().forEach(m -> details.add("seeds missed: " + m));
            }
        }
        for (String half : List.of("tuning", "held-back")) {
            List<String> slugs = half.equals("tuning") ? split.tuning() : split.heldBack();
            Map<String, DevSetScore> totals = new LinkedHashMap<>();
            int articles = 0;
            for (String slug : slugs) {
                SeedFixtures f = SeedFixtures.of(corpora.get(slug), false);
                for (AlignmentSettings v : VARIANTS) {
                    boolean best = v == AlignmentSettings.BEST;
                    DevSetScore s = row(out, half, slug, v.name(), f, v, best,
                            best && half.equals("tuning") ? tuningCalibration : null);
                    totals.merge(v.name(), s, DevSetScore::plus);
                    if (best && (half.equals("tuning") || allDetails)) {
                        s.wrong().forEach(w -> details.add(slug + " wrong:  " + w));
                        s.missed().forEach(m -> details.add(slug + " missed: " + m));
                        s.verdictDiffs().forEach(d -> details.add(slug + " verdict: " + d));
                    }
                }
                articles += f.sources.size();
                List<String> goldCheck = DevSetScore.goldVerdictMismatches(f, handVerdicts(slug));
                goldCheck.forEach(m -> details.add("GOLD VERDICT CHECK " + slug + " " + m));
            }
            for (Map.Entry<String, DevSetScore> t : totals.entrySet()) {
                line(out, half, "== total", t.getKey(), articles, t.getValue(), Double.NaN);
            }
        }
        out.append('\n');
        out.append(tuningCalibration.table("tuning half, " + AlignmentSettings.BEST.name()));
        calibration.addAll(tuningCalibration);
        out.append(calibration.table("tuning half + seeds with hints removed, " + AlignmentSettings.BEST.name()));
        out.append('\n');
        details.forEach(d -> out.append(d).append('\n'));
        System.out.print(out);
        if (DevSetCalibration.DUMP != null) {
            Files.write(Path.of(System.getProperty("devset.dump")), DevSetCalibration.DUMP);
        }
    }

    /** The alignment variants compared side by side; the first is what the service uses. */
    static final List<AlignmentSettings> VARIANTS = List.of(
            AlignmentSettings.BEST,
            AlignmentSettings.PLAIN,
            variant("no-clause", 3, 2, 2, 0, 0, true, true, 0.35),
            variant("no-window", 3, 2, 2, 1.5, 0.5, true, false, 0.35),
            variant("no-previous", 3, 2, 2, 1.5, 0.5, true, true, 0),
            confident("min-conf-0.5", 0.5));

    private static AlignmentSettings confident(String name, double minConfidence) {
        AlignmentSettings b = AlignmentSettings.BEST;
        return new AlignmentSettings(name, b.label(), b.description(), b.names(), b.clauseTitle(), b.clauseText(),
                b.idf(), b.window(), b.halfWeightChars(), b.previous(), b.reach(), b.threshold(), b.tieRatio(),
                minConfidence);
    }

    private static AlignmentSettings variant(String name, double label, double description, double names,
                                             double clauseTitle, double clauseText, boolean idf, boolean window,
                                             double previous) {
        AlignmentSettings b = AlignmentSettings.BEST;
        return new AlignmentSettings(name, label, description, names, clauseTitle, clauseText, idf, window,
                b.halfWeightChars(), previous, b.reach(), b.threshold(), b.tieRatio(), b.minConfidence());
    }

    private static DevSetScore row(StringBuilder out, String half, String slug, String hints, SeedFixtures f,
                                   AlignmentSettings settings, boolean timed, DevSetCalibration calibration) {
        Map<String, List<SuggestedClaim>> suggestions = new LinkedHashMap<>();
        for (String file : f.sources) {
            suggestions.put(file, Extractor.extract(f.input(file), settings));
        }
        if (calibration != null) {
            calibration.add(f, suggestions);
        }
        DevSetScore s = DevSetScore.of(f, suggestions);
        line(out, half, slug, hints, f.sources.size(), s, timed ? p50Millis(f) : Double.NaN);
        return s;
    }

    private static void line(StringBuilder out, String half, String slug, String hints, int articles, DevSetScore s,
                             double p50) {
        out.append(String.format(Locale.ROOT, "%-10s %-22s %-17s %3d %4d %4d %4d %5.2f %5.2f %5d %6.2f %6d %6.2f %8s%n",
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
