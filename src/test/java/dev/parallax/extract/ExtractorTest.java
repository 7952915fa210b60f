package dev.parallax.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.value.NameEntry;
import dev.parallax.value.AssertionValue;
import dev.parallax.value.DateValue;
import dev.parallax.value.NameValue;
import dev.parallax.value.Quantity;
import dev.parallax.value.TextValue;
import dev.parallax.value.ValueKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Facet assignment is driven only by kinds, names and hints: a made-up treaty, nothing from the seed. */
class ExtractorTest {

    private static final String TEXT = "The harbour treaty was signed in Oslo. Minister Anna Karlsson said the buffer "
            + "zone reaches 5 km to the east and 4 km to the west of the canal, a 9-km strip.\n"
            + "Inspections of the canal start on 20 May, the ministry said. Both sides will not block shipping.\n"
            + "Some 1,200 boats were stuck and 40 crew members were hurt. Fees will be settled at a later date.";

    private static FacetHints facet(String key, ValueKind kind, Map<String, Object> extract, NameEntry... names) {
        return new FacetHints(key, kind, List.of(names), extract);
    }

    private static final List<FacetHints> FACETS = List.of(
            facet("zone-east", ValueKind.LENGTH, Map.of("follow", List.of("to the east"))),
            facet("zone-west", ValueKind.LENGTH, Map.of("follow", List.of("to the west"))),
            facet("zone-width", ValueKind.LENGTH, Map.of("follow", List.of("strip"))),
            facet("canal", ValueKind.PLACE, Map.of("cues", List.of("buffer")),
                    new NameEntry("Nord canal", List.of("canal"))),
            facet("inspections-start", ValueKind.DATE, Map.of("cues", List.of("inspection"))),
            facet("free-shipping", ValueKind.ASSERTION, Map.of("assertions", List.of("block\\s+shipping"))),
            facet("boats-stuck", ValueKind.COUNT, Map.of("follow", List.of("boats"), "cues", List.of("stuck"),
                    "min", 100)),
            facet("fees-deadline", ValueKind.DURATION, Map.of("cues", List.of("fees"),
                    "texts", List.of("at a later date"))),
            facet("no-hints", ValueKind.COUNT, Map.of()));

    private static List<SuggestedClaim> run() {
        return Extractor.extract(new ExtractionInput(TEXT, null, LocalDate.of(2022, 5, 10), ZoneId.of("Europe/Oslo"),
                FACETS));
    }

    private static SuggestedClaim only(List<SuggestedClaim> claims, String facet) {
        List<SuggestedClaim> of = claims.stream().filter(c -> c.facetKey().equals(facet)).toList();
        assertEquals(1, of.size(), () -> facet + ": " + of);
        return of.get(0);
    }

    @Test
    void assignsValuesByTheirHints() {
        List<SuggestedClaim> claims = run();
        SuggestedClaim east = only(claims, "zone-east");
        assertEquals("5 km to the east", east.exact());
        assertEquals(0, BigDecimal.valueOf(5).compareTo(((Quantity) east.value()).amount()));
        assertEquals("Karlsson", east.attributedTo());
        assertEquals("4 km to the west", only(claims, "zone-west").exact());
        assertEquals("9-km strip", only(claims, "zone-width").exact());
        assertEquals(new NameValue(ValueKind.PLACE, "canal"), only(claims, "canal").value());
        SuggestedClaim date = only(claims, "inspections-start");
        assertEquals(new DateValue(LocalDate.of(2022, 5, 20)), date.value());
        assertEquals("ministry", date.attributedTo());
        assertEquals(new AssertionValue(false), only(claims, "free-shipping").value());
        SuggestedClaim boats = only(claims, "boats-stuck");
        assertEquals("Some 1,200 boats", boats.exact());
        assertEquals(new TextValue("at a later date"), only(claims, "fees-deadline").value());
        assertTrue(claims.stream().noneMatch(c -> c.facetKey().equals("no-hints")),
                "a number facet without hints gets nothing");
    }

    @Test
    void everyClaimNamesItsRuleAndConfidence() {
        for (SuggestedClaim c : run()) {
            assertFalse(c.rule().isBlank());
            assertTrue(c.confidence() > 0 && c.confidence() <= 1);
            assertEquals(c.exact(), TEXT.substring(c.start(), c.end()));
        }
    }

    @Test
    void rejectsUnknownHintsAndBadPatterns() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> HintSpec.parse("f", Map.of("cue", "x")));
        assertTrue(unknown.getMessage().contains("extract.cue") && unknown.getMessage().contains("f"));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> HintSpec.parse("f", Map.of("follow", List.of("(unclosed"))));
        assertTrue(bad.getMessage().contains("extract.follow"));
        assertThrows(IllegalArgumentException.class, () -> HintSpec.parse("f", Map.of("within", -3)));
        assertThrows(IllegalArgumentException.class, () -> HintSpec.parse("f", Map.of("enabled", "yes")));
    }

    @Test
    void aDisabledFacetGetsNothing() {
        List<SuggestedClaim> claims = Extractor.extract(new ExtractionInput(TEXT, null, null, null, List.of(
                facet("zone-east", ValueKind.LENGTH, Map.of("follow", "to the east", "enabled", false)))));
        assertTrue(claims.isEmpty());
    }

    @Test
    void numbersLongerThanAQuantityAreNoSuggestion() {
        String text = "Some 1234567890123456789 boats were stuck, and a hundred hundred hundred hundred hundred hundred"
                + " hundred hundred hundred hundred boats were stuck too. Some 1,500 boats were stuck later.";
        List<SuggestedClaim> claims = Extractor.extract(new ExtractionInput(text, null, null, null, FACETS));
        assertEquals("Some 1,500 boats", only(claims, "boats-stuck").exact());
    }

    @Test
    void datesAndTimesOutsideTheYearsAValueHoldsAreNoSuggestion() {
        String text = "Inspections of the canal start on 1 May 0000. Inspections end at 00:01 on 1 January 0001.";
        List<SuggestedClaim> claims = Extractor.extract(new ExtractionInput(text, null, null, ZoneId.of("Europe/Oslo"),
                List.of(facet("inspections-start", ValueKind.DATE, Map.of("cues", List.of("inspection"))),
                        facet("inspections-end", ValueKind.INSTANT, Map.of("cues", List.of("inspection"))))));
        // 00:01 in Oslo on 1 January 0001 is still year 0 in UTC: only the date of that sentence is a value
        assertEquals(List.of(new DateValue(LocalDate.of(1, 1, 1))), claims.stream().map(SuggestedClaim::value).toList());
    }
}
