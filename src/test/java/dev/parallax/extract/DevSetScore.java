package dev.parallax.extract;

import dev.parallax.engine.Cell;
import dev.parallax.engine.ComparisonEngine;
import dev.parallax.engine.ComparisonInput;
import dev.parallax.engine.ComparisonResult;
import dev.parallax.engine.Row;
import dev.parallax.engine.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Scores the extractor's suggestions for one agreement against its gold claims: a suggestion is right when it has the
 * gold claim's facet, an overlapping quote and an agreeing value ({@link SeedFixtures#matches}); a gold claim is found
 * when some suggestion is right for it. Verdicts come from the pure comparison engine, once from the gold claims and
 * once from the suggestions; "speaking" cells are those whose gold verdict is not OMITS (the article says something).
 */
record DevSetScore(int suggested, int right, int gold, int found, int cells, int sameCells, int speakingCells,
                   int speakingSame, List<String> wrong, List<String> missed, List<String> verdictDiffs) {

    double precision() {
        return suggested == 0 ? 1.0 : (double) right / suggested;
    }

    double recall() {
        return gold == 0 ? 1.0 : (double) found / gold;
    }

    double verdictAccuracy() {
        return cells == 0 ? 1.0 : (double) sameCells / cells;
    }

    double speakingAccuracy() {
        return speakingCells == 0 ? 1.0 : (double) speakingSame / speakingCells;
    }

    /** Adds two scores (details are concatenated). */
    DevSetScore plus(DevSetScore o) {
        return new DevSetScore(suggested + o.suggested, right + o.right, gold + o.gold, found + o.found,
                cells + o.cells, sameCells + o.sameCells, speakingCells + o.speakingCells, speakingSame + o.speakingSame,
                concat(wrong, o.wrong), concat(missed, o.missed), concat(verdictDiffs, o.verdictDiffs));
    }

    static DevSetScore empty() {
        return new DevSetScore(0, 0, 0, 0, 0, 0, 0, 0, List.of(), List.of(), List.of());
    }

    /** Scores the suggestions (by article file) against the corpus's gold claims. */
    static DevSetScore of(SeedFixtures f, Map<String, List<SuggestedClaim>> suggestions) {
        int suggested = 0;
        int right = 0;
        int found = 0;
        List<String> wrong = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (String file : f.sources) {
            List<SuggestedClaim> claims = suggestions.getOrDefault(file, List.of());
            List<SeedFixtures.Curated> gold = f.curatedFor(file);
            for (SuggestedClaim s : claims) {
                suggested++;
                if (gold.stream().anyMatch(g -> f.matches(s, g))) {
                    right++;
                } else {
                    wrong.add(file + " " + s.facetKey() + " '" + s.exact() + "' " + s.value() + " [" + s.rule() + "]"
                            + (s.reason() == null ? "" : " " + s.confidence() + " " + s.reason()));
                }
            }
            for (SeedFixtures.Curated g : gold) {
                if (claims.stream().anyMatch(s -> f.matches(s, g))) {
                    found++;
                } else {
                    missed.add(file + " " + g.facet() + " '" + g.exact() + "' " + g.value());
                }
            }
        }
        ComparisonResult fromGold = verdicts(f, f.curatedClaims());
        ComparisonResult fromSuggested = verdicts(f, f.suggestedClaims(suggestions));
        int cells = 0;
        int same = 0;
        int speaking = 0;
        int speakingSame = 0;
        List<String> diffs = new ArrayList<>();
        for (int r = 0; r < fromGold.rows().size(); r++) {
            Row a = fromGold.rows().get(r);
            Row b = fromSuggested.rows().get(r);
            for (int c = 0; c < a.cells().size(); c++) {
                Verdict x = a.cells().get(c).verdict();
                Verdict y = b.cells().get(c).verdict();
                cells++;
                boolean agree = x == y;
                same += agree ? 1 : 0;
                if (x != Verdict.OMITS) {
                    speaking++;
                    speakingSame += agree ? 1 : 0;
                }
                if (!agree) {
                    diffs.add(f.sources.get(c) + " " + a.facet().key() + ": gold " + x + ", suggested " + y);
                }
            }
        }
        return new DevSetScore(suggested, right, f.curated.size(), found, cells, same, speaking, speakingSame, wrong,
                missed, diffs);
    }

    /** Where the engine's verdicts from the gold claims differ from the hand-written gold verdicts (non-OMITS listed). */
    static List<String> goldVerdictMismatches(SeedFixtures f, Map<String, Map<String, String>> handVerdicts) {
        List<String> out = new ArrayList<>();
        for (Row row : verdicts(f, f.curatedClaims()).rows()) {
            for (int c = 0; c < row.cells().size(); c++) {
                Cell cell = row.cells().get(c);
                String file = f.sources.get(c);
                String hand = handVerdicts.getOrDefault(file, Map.of()).getOrDefault(row.facet().key(), "OMITS");
                if (!hand.equals(cell.verdict().name())) {
                    out.add(file + " " + row.facet().key() + ": by hand " + hand + ", engine " + cell.verdict() + " ("
                            + cell.explanation() + ")");
                }
            }
        }
        return out;
    }

    private static ComparisonResult verdicts(SeedFixtures f, List<dev.parallax.engine.ClaimInput> claims) {
        return ComparisonEngine.compare(new ComparisonInput(f.specs, f.sourceIds(), claims));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
