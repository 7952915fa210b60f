package dev.parallax.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ValueCodecTest {

    static Stream<Map<String, Object>> canonicalMaps() {
        return Stream.of(
                Map.of("kind", "COUNT", "amount", "29"),
                Map.of("kind", "COUNT", "amount", "3000000", "approx", "OVER"),
                Map.of("kind", "LENGTH", "amount", "3.7", "unit", "mi"),
                Map.of("kind", "DURATION", "amount", "7", "unit", "day", "approx", "UP_TO"),
                Map.of("kind", "INSTANT", "at", "2020-03-06T00:01+03:00"),
                Map.of("kind", "INSTANT", "at", "2020-03-06T00:00+03:00", "tolerance", "PT5M"),
                Map.of("kind", "DATE", "date", "2020-03-15"),
                Map.of("kind", "PLACE", "name", "Tronba"),
                Map.of("kind", "ACTOR", "name", "defence ministers"),
                Map.of("kind", "ASSERTION", "holds", true),
                Map.of("kind", "TEXT", "text", "at a later date"));
    }

    @ParameterizedTest
    @MethodSource("canonicalMaps")
    void roundTripsTheDocumentedShapes(Map<String, Object> map) {
        Value value = ValueCodec.fromMap(map);
        assertEquals(map, ValueCodec.toMap(value));
        assertEquals(value, ValueCodec.fromMap(ValueCodec.toMap(value)));
    }

    @Test
    void decodesEachKindToTheRightRecord() {
        Quantity q = (Quantity) ValueCodec.fromMap(Map.of("kind", "LENGTH", "amount", "3.7", "unit", "mi"));
        assertEquals(new BigDecimal("3.7"), q.amount());
        assertEquals(Approximation.EXACT, q.approximation());
        InstantValue midnight = (InstantValue) ValueCodec.fromMap(
                Map.of("kind", "INSTANT", "at", "2020-03-06T00:00+03:00", "tolerance", "PT5M"));
        assertEquals(Duration.ofMinutes(5), midnight.tolerance());
        assertEquals(OffsetDateTime.parse("2020-03-06T00:00+03:00"), midnight.at());
        assertEquals(Duration.ZERO,
                ((InstantValue) ValueCodec.fromMap(Map.of("kind", "INSTANT", "at", "2020-03-06T00:01+03:00")))
                        .tolerance());
        assertEquals(new NameValue(ValueKind.PLACE, "Tronba"),
                ValueCodec.fromMap(Map.of("kind", "PLACE", "name", "Tronba")));
        assertEquals(new AssertionValue(false), ValueCodec.fromMap(Map.of("kind", "ASSERTION", "holds", "false")));
    }

    @Test
    void keepsTheWrittenPrecisionOfAmounts() {
        Quantity q = (Quantity) ValueCodec.fromMap(Map.of("kind", "COUNT", "amount", "3.70"));
        assertEquals("3.70", ValueCodec.toMap(q).get("amount"));
    }

    @Test
    void acceptsScalarsAYamlParserMayProduce() {
        Quantity fromInt = (Quantity) ValueCodec.fromMap(Map.of("kind", "COUNT", "amount", 29));
        assertEquals(new BigDecimal("29"), fromInt.amount());
        Quantity fromDouble = (Quantity) ValueCodec.fromMap(Map.of("kind", "LENGTH", "amount", 3.7, "unit", "mi"));
        assertEquals(new BigDecimal("3.7"), fromDouble.amount());
        Quantity fromLong = (Quantity) ValueCodec.fromMap(Map.of("kind", "COUNT", "amount", 3_000_000L,
                "approx", "over"));
        assertEquals(Approximation.OVER, fromLong.approximation());

        DateValue fromLocalDate = (DateValue) ValueCodec.fromMap(
                Map.of("kind", "DATE", "date", LocalDate.of(2020, 3, 15)));
        assertEquals(LocalDate.of(2020, 3, 15), fromLocalDate.date());
        // SnakeYAML's java.util.Date for an unquoted date is midnight UTC.
        Date utcMidnight = Date.from(LocalDate.of(2020, 3, 15).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
        assertEquals(LocalDate.of(2020, 3, 15),
                ((DateValue) ValueCodec.fromMap(Map.of("kind", "DATE", "date", utcMidnight))).date());

        InstantValue fromObject = (InstantValue) ValueCodec.fromMap(Map.of("kind", "INSTANT",
                "at", OffsetDateTime.parse("2020-03-06T00:01+03:00"), "tolerance", Duration.ofMinutes(5)));
        assertEquals(Duration.ofMinutes(5), fromObject.tolerance());
        assertEquals(new NameValue(ValueKind.PLACE, "1948"), ValueCodec.fromMap(Map.of("kind", "PLACE", "name", 1948)));
    }

    static Stream<Arguments> badMaps() {
        return Stream.of(
                Arguments.of(Map.of("amount", "29"), "kind:", "missing"),
                Arguments.of(Map.of("kind", "WEIGHT", "amount", "29"), "kind:", "WEIGHT"),
                Arguments.of(Map.of("kind", "COUNT"), "amount:", "missing"),
                Arguments.of(Map.of("kind", "COUNT", "amount", "twenty"), "amount:", "twenty"),
                Arguments.of(Map.of("kind", "COUNT", "amount", "-3"), "amount:", ">= 0"),
                Arguments.of(Map.of("kind", "COUNT", "amount", List.of(1)), "amount:", "expected"),
                Arguments.of(Map.of("kind", "LENGTH", "amount", "3"), "unit:", "missing"),
                Arguments.of(Map.of("kind", "LENGTH", "amount", "3", "unit", "miles"), "unit:", "miles"),
                Arguments.of(Map.of("kind", "COUNT", "amount", "3", "unit", "km"), "unit:", "km"),
                Arguments.of(Map.of("kind", "COUNT", "amount", "3", "approx", "ROUGHLY"), "approx:", "ROUGHLY"),
                Arguments.of(Map.of("kind", "COUNT", "amount", "3", "aprox", "ABOUT"), "aprox:", "not a field"),
                Arguments.of(Map.of("kind", "INSTANT"), "at:", "missing"),
                Arguments.of(Map.of("kind", "INSTANT", "at", "2020-03-06T00:01"), "at:", "offset"),
                Arguments.of(Map.of("kind", "INSTANT", "at", "2020-03-06T00:01Z", "tolerance", "5 minutes"),
                        "tolerance:", "ISO-8601"),
                Arguments.of(Map.of("kind", "INSTANT", "at", "2020-03-06T00:01Z", "tolerance", "-PT5M"),
                        "tolerance:", ">= 0"),
                Arguments.of(Map.of("kind", "DATE", "date", "15 March 2020"), "date:", "ISO-8601"),
                // Beyond what PostgreSQL, java.time's UTC conversion and the engine's arithmetic round-trip:
                Arguments.of(Map.of("kind", "INSTANT", "at", "-999999999-01-01T00:00+18:00"), "at:", "years 1 to 9999"),
                Arguments.of(Map.of("kind", "INSTANT", "at", "+999999999-12-31T23:59-18:00"), "at:", "years 1 to 9999"),
                Arguments.of(Map.of("kind", "INSTANT", "at", "0001-01-01T00:30+01:00"), "at:", "also in UTC"),
                Arguments.of(Map.of("kind", "INSTANT", "at", "+10000-01-01T00:00Z"), "at:", "years 1 to 9999"),
                Arguments.of(Map.of("kind", "INSTANT", "at", "2020-03-06T00:01Z", "tolerance", "PT2562047788015215H"),
                        "tolerance:", "at most"),
                Arguments.of(Map.of("kind", "DATE", "date", "0000-12-31"), "date:", "years 1 to 9999"),
                Arguments.of(Map.of("kind", "DATE", "date", "+10000-01-01"), "date:", "years 1 to 9999"),
                Arguments.of(Map.of("kind", "PLACE", "name", " "), "name:", "blank"),
                Arguments.of(Map.of("kind", "ACTOR"), "name:", "missing"),
                Arguments.of(Map.of("kind", "ASSERTION", "holds", "yes"), "holds:", "true or false"),
                Arguments.of(Map.of("kind", "TEXT", "name", "x"), "name:", "not a field"));
    }

    @ParameterizedTest
    @MethodSource("badMaps")
    void rejectsBadMapsNamingTheField(Map<String, Object> map, String field, String problem) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ValueCodec.fromMap(map));
        assertTrue(e.getMessage().startsWith(field), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }

    @Test
    void rejectsNullMapAndNullFields() {
        assertThrows(IllegalArgumentException.class, () -> ValueCodec.fromMap(null));
        Map<String, Object> withNull = new HashMap<>();
        withNull.put("kind", "TEXT");
        withNull.put("text", null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ValueCodec.fromMap(withNull));
        assertTrue(e.getMessage().startsWith("text:"), e.getMessage());
    }

    @Test
    void writesDurationsAndInstantsAsIsoStrings() {
        Map<String, Object> map = ValueCodec.toMap(new InstantValue(
                OffsetDateTime.parse("2020-03-06T00:00+03:00"), Duration.ofMinutes(5)));
        assertInstanceOf(String.class, map.get("at"));
        assertEquals("PT5M", map.get("tolerance"));
        assertEquals("2020-03-15", ValueCodec.toMap(new DateValue(LocalDate.of(2020, 3, 15))).get("date"));
    }
}
