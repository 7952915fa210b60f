package dev.parallax.extract;

import dev.parallax.engine.Cell;
import dev.parallax.engine.ComparisonEngine;
import dev.parallax.engine.ComparisonInput;
import dev.parallax.engine.ComparisonResult;
import dev.parallax.engine.FacetSpec;
import dev.parallax.engine.Row;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measures the extractor against the curated seed claims: precision and recall per facet, for the clause facets and
 * for all, the share of comparison cells whose verdict is the same from suggested claims as from curated ones, and the
 * extraction time per article. Run from the project root:
 * {@code ./mvnw -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.parallax.extract.ExtractionEvaluation}
 */
public final class ExtractionEvaluation {

    private static final int WARM_UP = 50;
    private static final int RUNS = 200;

    /** Counts for one facet (or a total). */
    static final class Score {
        int suggested;
        int truePositives;
        int curated;
        int found;

        double precision() {
            return suggested == 0 ? 1.0 : (double) truePositives / suggested;
        }

        double recall() {
            return curated == 0 ? 1.0 : (double) found / curated;
        }

        void add(Score o) {
            suggested += o.suggested;
            truePositives += o.truePositives;
            curated += o.curated;
            found += o.found;
        }
    }

    /** The figures the targets are about. */
    record Figures(Score clause, Score all, int cells, int sameCells, List<String> disagreements,
                   Map<String, Score> perFacet, List<String> falsePositives, List<String> misses,
                   int speakersRight, int speakersChecked, List<String> speakerMisses) {

        double cellAgreement() {
            return cells == 0 ? 1.0 : (double) sameCells / cells;
        }
    }

    private ExtractionEvaluation() {
    }

    public static void main(String[] args) {
        SeedFixtures seeds = SeedFixtures.load();
        Figures f = evaluate(seeds);
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-36s %6s %4s %4s %4s %6s %6s%n", "facet", "kind", "TP", "FP", "FN",
                "P", "R"));
        for (FacetSpec spec : seeds.specs) {
            Score s = f.perFacet().get(spec.key());
            out.append(String.format(Locale.ROOT, "%-36s %6s %4d %4d %4d %6.2f %6.2f%s%n", spec.key(),
                    spec.kind().name().substring(0, Math.min(6, spec.kind().name().length())), s.truePositives,
                    s.suggested - s.truePositives, s.curated - s.found, s.precision(), s.recall(),
                    seeds.isClause(spec.key()) ? "" : "  (context)"));
        }
        line(out, "clause facets", f.clause());
        line(out, "all facets", f.all());
        out.append(String.format(Locale.ROOT, "%ncell verdicts: %d of %d the same (%.1f %%)%n", f.sameCells(), f.cells(),
                100.0 * f.cellAgreement()));
        f.disagreements().forEach(d -> out.append("  differs: ").append(d).append('\n'));
        out.append(String.format(Locale.ROOT, "speakers of matched claims: %d of %d as curated%n", f.speakersRight(),
                f.speakersChecked()));
        f.speakerMisses().forEach(x -> out.append("  speaker: ").append(x).append('\n'));
        if (!f.falsePositives().isEmpty()) {
            out.append("\nsuggestions matching no curated claim:\n");
            f.falsePositives().forEach(x -> out.append("  ").append(x).append('\n'));
        }
        if (!f.misses().isEmpty()) {
            out.append("\ncurated claims not found:\n");
            f.misses().forEach(x -> out.append("  ").append(x).append('\n'));
        }
        out.append("\nextraction time per article (median of ").append(RUNS).append(" runs after ").append(WARM_UP)
                .append(" warm-up runs):\n");
        for (String file : seeds.sources) {
            ExtractionInput in = seeds.input(file);
            for (int i = 0; i < WARM_UP; i++) {
                Extractor.extract(in);
            }
            long[] nanos = new long[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long t = System.nanoTime();
                Extractor.extract(in);
                nanos[i] = System.nanoTime() - t;
            }
            Arrays.sort(nanos);
            out.append(String.format(Locale.ROOT, "  %-28s %6d chars  %7.3f ms%n", file, in.text().length(),
                    nanos[RUNS / 2] / 1e6));
        }
        System.out.print(out);
    }

    private static void line(StringBuilder out, String label, Score s) {
        out.append(String.format(Locale.ROOT, "%-36s %6s %4d %4d %4d %6.2f %6.2f%n", "== " + label, "", s.truePositives,
                s.suggested - s.truePositives, s.curated - s.found, s.precision(), s.recall()));
    }

    static Figures evaluate(SeedFixtures seeds) {
        Map<String, Score> perFacet = new LinkedHashMap<>();
        seeds.specs.forEach(s -> perFacet.put(s.key(), new Score()));
        Map<String, List<SuggestedClaim>> suggested = new LinkedHashMap<>();
        List<String> falsePositives = new ArrayList<>();
        List<String> misses = new ArrayList<>();
        List<String> speakerMisses = new ArrayList<>();
        int speakersRight = 0;
        int speakersChecked = 0;
        for (String file : seeds.sources) {
            List<SuggestedClaim> claims = Extractor.extract(seeds.input(file));
            suggested.put(file, claims);
            List<SeedFixtures.Curated> curated = seeds.curatedFor(file);
            for (SuggestedClaim s : claims) {
                Score score = perFacet.get(s.facetKey());
                score.suggested++;
                SeedFixtures.Curated hit = curated.stream().filter(c -> seeds.matches(s, c)).findFirst().orElse(null);
                if (hit != null) {
                    score.truePositives++;
                    speakersChecked++;
                    if (java.util.Objects.equals(hit.attributedTo(), s.attributedTo())) {
                        speakersRight++;
                    } else {
                        speakerMisses.add(file.substring(0, 3) + " " + s.facetKey() + " '" + s.exact() + "': curated "
                                + hit.attributedTo() + ", suggested " + s.attributedTo());
                    }
                } else {
                    falsePositives.add(file.substring(0, 3) + " " + s.facetKey() + " '" + s.exact() + "' @" + s.start()
                            + " " + s.value() + " [" + s.rule() + " " + s.confidence() + "]");
                }
            }
            for (SeedFixtures.Curated c : curated) {
                Score score = perFacet.get(c.facet());
                score.curated++;
                if (claims.stream().anyMatch(s -> seeds.matches(s, c))) {
                    score.found++;
                } else {
                    misses.add(file.substring(0, 3) + " " + c.facet() + " '" + c.exact() + "' @" + c.start() + " "
                            + c.value());
                }
            }
        }
        Score clause = new Score();
        Score all = new Score();
        perFacet.forEach((key, s) -> {
            all.add(s);
            if (seeds.isClause(key)) {
                clause.add(s);
            }
        });

        ComparisonResult fromCurated = ComparisonEngine.compare(
                new ComparisonInput(seeds.specs, seeds.sourceIds(), seeds.curatedClaims()));
        ComparisonResult fromSuggested = ComparisonEngine.compare(
                new ComparisonInput(seeds.specs, seeds.sourceIds(), seeds.suggestedClaims(suggested)));
        int cells = 0;
        int same = 0;
        List<String> disagreements = new ArrayList<>();
        for (int r = 0; r < fromCurated.rows().size(); r++) {
            Row a = fromCurated.rows().get(r);
            Row b = fromSuggested.rows().get(r);
            for (int c = 0; c < a.cells().size(); c++) {
                Cell x = a.cells().get(c);
                Cell y = b.cells().get(c);
                cells++;
                if (x.verdict() == y.verdict()) {
                    same++;
                } else {
                    disagreements.add(a.facet().key() + " x " + seeds.sources.get(c).substring(0, 3) + ": curated "
                            + x.verdict() + " (" + x.explanation() + "), suggested " + y.verdict() + " ("
                            + y.explanation() + ")");
                }
            }
        }
        return new Figures(clause, all, cells, same, disagreements, perFacet, falsePositives, misses, speakersRight,
                speakersChecked, speakerMisses);
    }
}
