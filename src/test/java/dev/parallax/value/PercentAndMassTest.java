package dev.parallax.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PERCENT and MASS quantities: units, conversions, comparisons, limits and round trips. */
class PercentAndMassTest {

    private static final double EPS = 1e-6;

    @Test
    void unitsAndCanonicalUnits() {
        assertEquals(List.of("%"), QuantityUnits.unitsFor(ValueKind.PERCENT));
        assertEquals(List.of("kg", "t", "g", "lb"), QuantityUnits.unitsFor(ValueKind.MASS));
        assertEquals("%", QuantityUnits.canonicalUnit(ValueKind.PERCENT));
        assertEquals("kg", QuantityUnits.canonicalUnit(ValueKind.MASS));
        assertTrue(ValueKind.PERCENT.isQuantity());
        assertTrue(ValueKind.MASS.isQuantity());
    }

    @Test
    void massesConvertToKilograms() {
        assertEquals(1000, QuantityUnits.toCanonical(1, ValueKind.MASS, "t"), EPS);
        assertEquals(0.001, QuantityUnits.toCanonical(1, ValueKind.MASS, "g"), EPS);
        assertEquals(0.45359237, QuantityUnits.toCanonical(1, ValueKind.MASS, "lb"), EPS);
        assertEquals(0.3, QuantityUnits.convert(300, ValueKind.MASS, "kg", "t"), EPS);
    }

    @Test
    void massesCompareAcrossUnits() {
        Interval cap = Intervals.exact(Quantity.of(ValueKind.MASS, "300", "kg"));
        assertTrue(Intervals.stated(Quantity.of(ValueKind.MASS, "0.3", "t")).overlaps(cap));
        assertTrue(Intervals.stated(Quantity.of(ValueKind.MASS, "661", "lb")).overlaps(cap));
        assertFalse(Intervals.stated(Quantity.of(ValueKind.MASS, "3", "t")).overlaps(cap));
        assertTrue(Intervals.stated(Quantity.of(ValueKind.MASS, "300", "kg").with(Approximation.UP_TO)).overlaps(cap));
    }

    @Test
    void percentagesCompareWithinTheirPrecision() {
        Interval limit = Intervals.exact(Quantity.of(ValueKind.PERCENT, "3.67", "%"));
        assertTrue(Intervals.stated(Quantity.of(ValueKind.PERCENT, "3.67", "%")).overlaps(limit));
        assertTrue(Intervals.stated(Quantity.of(ValueKind.PERCENT, "3.7", "%")).overlaps(limit));
        assertTrue(Intervals.stated(Quantity.of(ValueKind.PERCENT, "4", "%")).overlaps(limit), "4 % covers 3.5–4.5");
        assertFalse(Intervals.stated(Quantity.of(ValueKind.PERCENT, "20", "%")).overlaps(limit));
        assertFalse(Intervals.stated(Quantity.of(ValueKind.PERCENT, "3.6", "%")).overlaps(limit));
        assertTrue(Intervals.stated(Quantity.of(ValueKind.PERCENT, "3.67", "%").with(Approximation.UP_TO))
                .overlaps(limit));
        // a percentage may exceed 100 ("rose 300 %")
        assertEquals(300, Quantity.of(ValueKind.PERCENT, "300", "%").amount().intValue());
    }

    @ParameterizedTest
    @CsvSource({"PERCENT, 3.67, %", "PERCENT, 0, %", "MASS, 300, kg", "MASS, 25000000, t", "MASS, 0.5, g",
            "MASS, 999999999999999999, t"})
    void roundTripAndPrint(ValueKind kind, String amount, String unit) {
        Quantity q = Quantity.of(kind, amount, unit);
        Map<String, Object> map = ValueCodec.toMap(q);
        assertEquals(Map.of("kind", kind.name(), "amount", amount, "unit", unit), map);
        assertEquals(q, ValueCodec.fromMap(map));
        assertTrue(ValueFormat.quantity(q).endsWith(" " + unit), ValueFormat.quantity(q));
    }

    @ParameterizedTest
    @CsvSource({"PERCENT, 3, ''", "PERCENT, 3, percent", "PERCENT, 3, pct", "MASS, 3, kilograms", "MASS, 3, tons",
            "MASS, 3, ''", "MASS, 3, km", "LENGTH, 3, kg", "COUNT, 3, %", "PERCENT, -1, %", "MASS, -0.1, kg",
            "MASS, 1e19, kg", "PERCENT, 0.0000000000000000001, %"})
    void invalidUnitsAndAmountsAreRefused(ValueKind kind, String amount, String unit) {
        assertThrows(IllegalArgumentException.class,
                () -> ValueCodec.fromMap(Map.of("kind", kind.name(), "amount", amount, "unit", unit)));
    }

    @Test
    void aPercentWithoutUnitIsRefusedByTheCodec() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ValueCodec.fromMap(Map.of("kind", "PERCENT", "amount", "3")));
        assertTrue(e.getMessage().startsWith("unit: missing"), e::getMessage);
    }
}
