package dev.parallax.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.value.Approximation;
import dev.parallax.value.Quantity;
import dev.parallax.value.ValueKind;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The readers on the forms the press writes: months and years, decimal commas, "1.5m", "a dozen", "dozens". */
class PressFormsTest {

    private static Mention only(String text) {
        List<Mention> found = Quantities.find(text, Numbers.find(text), List.of());
        assertEquals(1, found.size(), () -> "in '" + text + "': " + found);
        return found.get(0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "forces withdraw within 14 months|within 14 months|14|month|UP_TO",
            "limits that last for 10 years|10 years|10|year|EXACT",
            "a two-year truce|two-year|2|year|EXACT",
            "an 18-month plan|18-month|18|month|EXACT",
            "the embargo ends in five years' time|five years|5|year|EXACT",
            "within fourteen (14) months of signing|within fourteen (14) months|14|month|UP_TO",
            "the remaining nine (9) months|nine (9) months|9|month|EXACT",
            "over 8 yrs|over 8 yrs|8|year|OVER",
            "nearly six mths later|nearly six mths|6|month|NEARLY",
            "the talks lasted four months|four months|4|month|EXACT",
            "a 1-month pause|1-month|1|month|EXACT",
            "for 0 years|0 years|0|year|EXACT",
            "a 12-hour wait|12-hour|12|h|EXACT",
            "in 30 minutes|30 minutes|30|min|EXACT"})
    void readsMonthsAndYears(String text, String exact, String amount, String unit, Approximation approx) {
        Mention m = only(text);
        assertEquals(exact, text.substring(m.start(), m.end()));
        Quantity q = (Quantity) m.value();
        assertEquals(ValueKind.DURATION, q.kind());
        assertEquals(0, new BigDecimal(amount).compareTo(q.amount()), q::toString);
        assertEquals(unit, q.unit());
        assertEquals(approx, q.approximation());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "to be settled in a year|a year|year|EXACT",
            "within a year of the deal|within a year|year|UP_TO",
            "for a month|a month|month|EXACT",
            "after one year|one year|year|EXACT"})
    void readsOneMonthOrYear(String text, String exact, String unit, Approximation approx) {
        Mention m = only(text);
        assertEquals(exact, text.substring(m.start(), m.end()));
        Quantity q = (Quantity) m.value();
        assertEquals(0, BigDecimal.ONE.compareTo(q.amount()));
        assertEquals(unit, q.unit());
        assertEquals(approx, q.approximation());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a figure in brackets that is not the same number is no echo: the word number stays a count
            "fourteen (15) months|fourteen|COUNT",
            // longer than java.time holds: the number is only a count
            "for 300000000000 years|300000000000|COUNT",
            "999999999999999999 hours|999999999999999999|COUNT"})
    void refusedDurationsStayCounts(String text, String exact, ValueKind kind) {
        List<Mention> found = Quantities.find(text, Numbers.find(text), List.of());
        Mention m = found.get(0);
        assertEquals(exact, text.substring(m.start(), m.end()));
        assertEquals(kind, m.kind());
    }
}
