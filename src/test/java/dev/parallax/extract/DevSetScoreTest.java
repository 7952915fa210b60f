package dev.parallax.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.seed.SeedReader;
import dev.parallax.value.NameValue;
import dev.parallax.value.Quantity;
import dev.parallax.value.ValueKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The development-set scoring on a tiny hand-made agreement: matching, precision, recall and verdict accuracy. */
class DevSetScoreTest {

    private static final String TEXT = "Talks in Lakeside: 5 bridges reopen, 40 guards stay.";

    private static final String AGREEMENT = """
            slug: tiny
            title: Tiny
            signedOn: 2020-01-01
            clauses: [{number: "1", title: Bridges, text: "Five bridges reopen; forty guards stay."}]
            facets:
              - {key: bridges, label: Bridges, kind: COUNT, clause: "1", expected: {kind: COUNT, amount: "5"}}
              - {key: guards, label: Guards, kind: COUNT, clause: "1", expected: {kind: COUNT, amount: "40"}}
              - key: venue
                label: Venue
                kind: PLACE
                names: [{canonical: Lakeside, aliases: []}]
            sources: [{file: a.txt, title: A, language: en}]
            """;

    private static final String CLAIMS = """
            claims:
              - {source: a.txt, facet: bridges, quote: {exact: "5 bridges", start: 19, end: 28}, value: {kind: COUNT, amount: "5"}}
              - {source: a.txt, facet: guards, quote: {exact: "40 guards", start: 37, end: 46}, value: {kind: COUNT, amount: "40"}}
              - {source: a.txt, facet: venue, quote: {exact: "Lakeside", start: 9, end: 17}, value: {kind: PLACE, name: Lakeside}}
            """;

    private final SeedFixtures f = SeedFixtures.of(SeedReader.fromText(AGREEMENT, CLAIMS, Map.of("a.txt", TEXT)), false);

    private static SuggestedClaim count(String facet, String amount, int start, int end) {
        return new SuggestedClaim(facet, new Quantity(ValueKind.COUNT, new java.math.BigDecimal(amount), "",
                dev.parallax.value.Approximation.EXACT), start, end, TEXT.substring(start, end), null, 0.5, "test");
    }

    @Test
    void rightFacetOverlapAndValueCountsAndEverythingElseDoesNot() {
        List<SuggestedClaim> s = List.of(
                count("bridges", "5", 19, 20),                     // right: overlaps "5 bridges", same value
                count("guards", "4", 37, 39),                      // wrong value: guards says 4, gold 40
                count("bridges", "40", 37, 39),                    // wrong facet for "40"
                new SuggestedClaim("venue", new NameValue(ValueKind.PLACE, "Lakeside"), 9, 17, "Lakeside", null, 0.5,
                        "test"));                                 // right
        DevSetScore score = DevSetScore.of(f, Map.of("a.txt", s));

        assertEquals(4, score.suggested());
        assertEquals(2, score.right());
        assertEquals(0.5, score.precision(), 1e-9);
        assertEquals(2, score.found());
        assertEquals(2.0 / 3, score.recall(), 1e-9);
        // gold: bridges MATCHES, guards MATCHES, venue REPORTS; suggested: bridges CONFLICTS (5 and 40),
        // guards CONFLICTS (4), venue REPORTS
        assertEquals(3, score.cells());
        assertEquals(1, score.sameCells());
        assertEquals(3, score.speakingCells());
        assertEquals(1.0 / 3, score.speakingAccuracy(), 1e-9);
    }

    @Test
    void noSuggestionsGiveZeroRecallAndOmittedCells() {
        DevSetScore score = DevSetScore.of(f, Map.of());
        assertEquals(0, score.found());
        assertEquals(0.0, score.recall(), 1e-9);
        assertEquals(0, score.sameCells());
        assertEquals(3, score.missed().size());
    }

    @Test
    void handVerdictsAreCheckedAgainstTheEngineOnGoldClaims() {
        assertEquals(List.of(), DevSetScore.goldVerdictMismatches(f,
                Map.of("a.txt", Map.of("bridges", "MATCHES", "guards", "MATCHES", "venue", "REPORTS"))));
        assertEquals(1, DevSetScore.goldVerdictMismatches(f,
                Map.of("a.txt", Map.of("bridges", "CONFLICTS", "guards", "MATCHES", "venue", "REPORTS"))).size());
    }
}
