package dev.parallax.value;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class ValueFormatTest {

    @Test
    void quantities() {
        assertEquals("3 mi", ValueFormat.value(Quantity.of(ValueKind.LENGTH, "3", "mi")));
        assertEquals("≈ 900,000", ValueFormat.value(count("900000", Approximation.ABOUT)));
        assertEquals("nearly 1,000,000", ValueFormat.value(count("1000000", Approximation.NEARLY)));
        assertEquals("over 3,000,000", ValueFormat.value(count("3000000", Approximation.OVER)));
        assertEquals("at least 15", ValueFormat.value(count("15", Approximation.AT_LEAST)));
        assertEquals("within 7 days",
                ValueFormat.value(Quantity.of(ValueKind.DURATION, "7", "day").with(Approximation.UP_TO)));
        assertEquals("1 week", ValueFormat.value(Quantity.of(ValueKind.DURATION, "1", "week")));
        assertEquals("up to 5 km",
                ValueFormat.value(Quantity.of(ValueKind.LENGTH, "5", "km").with(Approximation.UP_TO)));
        assertEquals("3.7 mi", ValueFormat.value(Quantity.of(ValueKind.LENGTH, "3.7", "mi")));
    }

    @Test
    void otherValues() {
        assertEquals("00:01 UTC+3 on 6 March 2020",
                ValueFormat.value(new InstantValue(OffsetDateTime.parse("2020-03-06T00:01+03:00"))));
        assertEquals("00:00 UTC+3 ±5 min on 6 March 2020", ValueFormat.value(
                new InstantValue(OffsetDateTime.parse("2020-03-06T00:00+03:00"), Duration.ofMinutes(5))));
        assertEquals("22:01 UTC on 5 March 2020",
                ValueFormat.value(new InstantValue(OffsetDateTime.parse("2020-03-05T22:01Z"))));
        assertEquals("15 March 2020", ValueFormat.value(new DateValue(LocalDate.of(2020, 3, 15))));
        assertEquals("Tronba", ValueFormat.value(new NameValue(ValueKind.PLACE, "Tronba")));
        assertEquals("affirms", ValueFormat.value(new AssertionValue(true)));
        assertEquals("denies", ValueFormat.value(new AssertionValue(false)));
        assertEquals("“at a later date”", ValueFormat.value(new TextValue("at a later date")));
    }

    @Test
    void intervalsShowTheirWorkingPrecision() {
        assertEquals("4.0–5.6 km", ValueFormat.interval(Intervals.stated(Quantity.of(ValueKind.LENGTH, "3", "mi"))));
        assertEquals("5.87–6.04 km",
                ValueFormat.interval(Intervals.stated(Quantity.of(ValueKind.LENGTH, "3.7", "mi"))));
        assertEquals("28.5–29.5", ValueFormat.interval(Intervals.stated(count("29", Approximation.EXACT))));
        assertEquals("850,000–950,000", ValueFormat.interval(Intervals.stated(count("900000", Approximation.EXACT))));
        assertEquals("≥ 15", ValueFormat.interval(Intervals.stated(count("15", Approximation.AT_LEAST))));
        assertEquals("> 3,000,000", ValueFormat.interval(Intervals.stated(count("3000000", Approximation.OVER))));
        assertEquals("< 5", ValueFormat.interval(Intervals.stated(count("5", Approximation.UNDER))));
        assertEquals("6 km", ValueFormat.interval(Intervals.exact(Quantity.of(ValueKind.LENGTH, "6", "km"))));
    }

    @Test
    void intervalsInAnotherUnitOfTheirKind() {
        Interval withinWeek = Intervals.stated(Quantity.of(ValueKind.DURATION, "7", "day").with(Approximation.UP_TO));
        assertEquals("≤ 7 days", ValueFormat.interval(withinWeek, "day"));
        assertEquals("≤ 168 h", ValueFormat.interval(withinWeek));
        Interval aWeek = Intervals.stated(Quantity.of(ValueKind.DURATION, "1", "week"));
        assertEquals("3.5–10.5 days", ValueFormat.interval(aWeek, "day"));
        assertEquals("2.5–3.5 mi", ValueFormat.interval(Intervals.stated(Quantity.of(ValueKind.LENGTH, "3", "mi")),
                "mi"));
    }

    @Test
    void numbersAndDurations() {
        assertEquals("1,000,000", ValueFormat.amount(new BigDecimal("1000000")));
        assertEquals("0.33", ValueFormat.number(1.0 / 3));
        assertEquals("12", ValueFormat.number(12.000000000001));
        assertEquals("5 min", ValueFormat.duration(Duration.ofMinutes(5)));
        assertEquals("1 h 1 min", ValueFormat.duration(Duration.ofMinutes(61)));
        assertEquals("2 days", ValueFormat.duration(Duration.ofDays(2)));
        assertEquals("UTC+5:30", ValueFormat.offset(java.time.ZoneOffset.ofHoursMinutes(5, 30)));
        assertEquals("UTC-4", ValueFormat.offset(java.time.ZoneOffset.ofHours(-4)));
    }

    private static Quantity count(String amount, Approximation approximation) {
        return new Quantity(ValueKind.COUNT, new BigDecimal(amount), "", approximation);
    }
}
