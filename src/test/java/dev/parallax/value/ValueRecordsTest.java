package dev.parallax.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class ValueRecordsTest {

    @Test
    void quantityRejectsNonQuantityKind() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new Quantity(ValueKind.DATE, BigDecimal.ONE, "", Approximation.EXACT));
        assertTrue(e.getMessage().startsWith("kind:"), e.getMessage());
    }

    @Test
    void quantityRejectsUnitOfAnotherKind() {
        var e = assertThrows(IllegalArgumentException.class, () -> Quantity.of(ValueKind.LENGTH, "3", "day"));
        assertTrue(e.getMessage().contains("unit"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Quantity.of(ValueKind.COUNT, "3", "km"));
        assertThrows(IllegalArgumentException.class, () -> Quantity.of(ValueKind.DURATION, "3", "days"));
    }

    @Test
    void quantityRejectsNegativeAmount() {
        var e = assertThrows(IllegalArgumentException.class, () -> Quantity.of(ValueKind.COUNT, "-1", ""));
        assertTrue(e.getMessage().startsWith("amount:"), e.getMessage());
    }

    @Test
    void aToleranceFitsAGraphQlIntOfMinutes() {
        OffsetDateTime at = OffsetDateTime.parse("2020-03-06T00:01+03:00");
        assertEquals(Integer.MAX_VALUE, new InstantValue(at, Duration.ofMinutes(Integer.MAX_VALUE)).tolerance().toMinutes());
        var e = assertThrows(IllegalArgumentException.class,
                () -> new InstantValue(at, Duration.ofMinutes(Integer.MAX_VALUE + 1L)));
        assertTrue(e.getMessage().startsWith("tolerance:"), e.getMessage());
    }

    @Test
    void countUnitDefaultsToEmpty() {
        assertEquals("", new Quantity(ValueKind.COUNT, BigDecimal.TEN, null, Approximation.EXACT).unit());
    }

    @Test
    void otherRecordsValidate() {
        assertThrows(IllegalArgumentException.class,
                () -> new InstantValue(OffsetDateTime.parse("2020-03-06T00:01+03:00"), Duration.ofMinutes(-1)));
        assertThrows(IllegalArgumentException.class, () -> new NameValue(ValueKind.COUNT, "Idlib"));
        assertThrows(IllegalArgumentException.class, () -> new NameValue(ValueKind.PLACE, " "));
        assertThrows(IllegalArgumentException.class, () -> new TextValue(""));
        assertThrows(NullPointerException.class, () -> new DateValue(null));
    }

    @Test
    void kindsAreReported() {
        assertEquals(ValueKind.INSTANT, new InstantValue(OffsetDateTime.parse("2020-03-06T00:01+03:00")).kind());
        assertEquals(ValueKind.ASSERTION, new AssertionValue(true).kind());
        assertEquals(ValueKind.ACTOR, new NameValue(ValueKind.ACTOR, "defence ministers").kind());
        assertEquals(ValueKind.TEXT, new TextValue("at a later date").kind());
    }
}
