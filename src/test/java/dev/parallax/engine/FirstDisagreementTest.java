package dev.parallax.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.value.Approximation;
import dev.parallax.value.AssertionValue;
import dev.parallax.value.DateValue;
import dev.parallax.value.InstantValue;
import dev.parallax.value.NameEntry;
import dev.parallax.value.NameValue;
import dev.parallax.value.Quantity;
import dev.parallax.value.TextValue;
import dev.parallax.value.Value;
import dev.parallax.value.ValueKind;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The linear search finds the very pair the pairwise search (kept here as the reference) finds first. */
class FirstDisagreementTest {

    private static final NameResolver NAMES = new NameResolver(List.of(
            new NameEntry("northwestern Syria", List.of("north-western Syria", "northwest Syria")),
            new NameEntry("Idlib", List.of("Idleb"))));
    private static final ReadingMatcher MATCHER = (a, b) -> ValueMatcher.compare(a, b, NAMES);

    /** The former pairwise search: every pair of sources, every pair of their readings. */
    private static Optional<FirstDisagreement.Pair> pairwise(List<List<Reading>> sources) {
        for (int i = 0; i < sources.size(); i++) {
            for (int j = i + 1; j < sources.size(); j++) {
                for (Reading a : sources.get(i)) {
                    for (Reading b : sources.get(j)) {
                        ValueMatch match = MATCHER.compare(a, b);
                        if (match.disagrees()) {
                            return Optional.of(new FirstDisagreement.Pair(a, b, match));
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Value randomValue(Random rnd, ValueKind kind) {
        String[] amounts = {"3", "3.5", "4", "5", "6", "6.0", "29", "30", "33", "0"};
        Approximation[] approx = Approximation.values();
        return switch (kind) {
            case COUNT -> new Quantity(ValueKind.COUNT, new BigDecimal(amounts[rnd.nextInt(amounts.length)]), "",
                    approx[rnd.nextInt(approx.length)]);
            case LENGTH -> new Quantity(ValueKind.LENGTH, new BigDecimal(amounts[rnd.nextInt(amounts.length)]),
                    new String[] {"km", "mi", "m"}[rnd.nextInt(3)], approx[rnd.nextInt(approx.length)]);
            case INSTANT -> new InstantValue(OffsetDateTime.of(2020, 3, 5, 21 + rnd.nextInt(3), 5 * rnd.nextInt(3), 0,
                    0, ZoneOffset.ofHours(rnd.nextInt(3))), Duration.ofMinutes(5L * rnd.nextInt(3)));
            case DATE -> new DateValue(LocalDate.of(2020, 3, 5 + rnd.nextInt(3)));
            case PLACE -> new NameValue(ValueKind.PLACE, new String[] {"northwest Syria", "North-Western Syria",
                    "northwestern Syria", "Idlib", "Idleb", "the Idlib", "Aleppo"}[rnd.nextInt(7)]);
            case ASSERTION -> new AssertionValue(rnd.nextBoolean());
            default -> new TextValue("some words");
        };
    }

    private static List<List<Reading>> randomRow(Random rnd) {
        ValueKind[] kinds = {ValueKind.COUNT, ValueKind.LENGTH, ValueKind.INSTANT, ValueKind.DATE, ValueKind.PLACE,
            ValueKind.ASSERTION, ValueKind.TEXT};
        ValueKind main = kinds[rnd.nextInt(kinds.length - 1)];
        List<List<Reading>> sources = new ArrayList<>();
        int n = 1 + rnd.nextInt(7);
        for (int s = 0; s < n; s++) {
            List<Reading> readings = new ArrayList<>();
            int m = rnd.nextInt(4);
            for (int r = 0; r < m; r++) {
                ValueKind kind = rnd.nextInt(6) == 0 ? kinds[rnd.nextInt(kinds.length)] : main;
                readings.add(Reading.stated(randomValue(rnd, kind)));
            }
            sources.add(readings);
        }
        return sources;
    }

    @Test
    void findsTheSamePairAsThePairwiseSearchOnRandomRows() {
        Random rnd = new Random(11);
        int disputed = 0;
        for (int round = 0; round < 20_000; round++) {
            List<List<Reading>> row = randomRow(rnd);
            Optional<FirstDisagreement.Pair> expected = pairwise(row);
            Optional<FirstDisagreement.Pair> found = FirstDisagreement.find(row, MATCHER);
            assertEquals(expected.isPresent(), found.isPresent(), () -> "row " + row);
            if (expected.isPresent()) {
                disputed++;
                assertSame(expected.get().earlier(), found.get().earlier(), () -> "row " + row);
                assertSame(expected.get().later(), found.get().later(), () -> "row " + row);
                assertEquals(expected.get().match(), found.get().match());
            }
        }
        assertTrue(disputed > 5_000 && disputed < 19_000, "a mix of disputed and agreed rows: " + disputed);
    }
}
