package dev.parallax.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "a corridor 6,5 km deep|6,5|6.5",
            "rates of 1,25 per cent|1,25|1.25",
            "pi is 3,1416|3,1416|3.1416",
            "1,000 people|1,000|1000",
            "1,000,000 people|1,000,000|1000000",
            "$1.5m in aid|1.5m|1500000",
            "1.5m people fled|1.5m|1500000",
            "3m refugees|3m|3000000",
            "2.5mn barrels|2.5mn|2500000",
            "a 3bn deal|3bn|3000000000",
            "a 3 bn deal|3 bn|3000000000",
            "1.5 million people|1.5 million|1500000",
            "a dozen boats|a dozen|12",
            "two dozen boats|two dozen|24",
            "3 dozen eggs|3 dozen|36"})
    void readsPressNumberForms(String text, String exact, String value) {
        List<Numbers.NumberMention> found = Numbers.find(text);
        assertEquals(1, found.size(), () -> "in '" + text + "': " + found);
        Numbers.NumberMention n = found.get(0);
        assertEquals(exact, text.substring(n.start(), n.end()));
        assertEquals(0, new BigDecimal(value).compareTo(n.value()), () -> n.value().toPlainString());
        assertNull(n.to());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "a 2m wall|2m|LENGTH|2|m",
            "a wall 2m high|2m|LENGTH|2|m",
            "it rose 1.5m.|1.5m|LENGTH|1.5|m",
            "2m from the road|2m|LENGTH|2|m",
            "the 6,5 km corridor|6,5 km|LENGTH|6.5|km",
            "1.5m people fled|1.5m|COUNT|1500000|"})
    void aShortMillionIsNoLength(String text, String exact, ValueKind kind, String amount, String unit) {
        Mention m = only(text);
        assertEquals(exact, text.substring(m.start(), m.end()));
        Quantity q = (Quantity) m.value();
        assertEquals(kind, q.kind());
        assertEquals(0, new BigDecimal(amount).compareTo(q.amount()));
        assertEquals(unit == null ? "" : unit, q.unit());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1,00|1,00|1.00",
            "1,000,5 tonnes|-|-",
            "lists 1,2,3 here|-|-",
            "1,0000|1,0000|1.0000"})
    void oddGroupingsStayRefused(String text, String exact, String value) {
        List<Numbers.NumberMention> found = Numbers.find(text);
        if (exact.equals("-")) {
            assertTrue(found.stream().noneMatch(n -> n.start() == 0), () -> found.toString());
            return;
        }
        assertEquals(exact, text.substring(found.get(0).start(), found.get(0).end()));
        assertEquals(new BigDecimal(value), found.get(0).value());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "killed dozens of soldiers|dozens|COUNT|24|99|EXACT|",
            "hundreds of people|hundreds|COUNT|200|999|EXACT|",
            "thousands of troops|thousands|COUNT|2000|999999|EXACT|",
            "tens of thousands fled|tens of thousands|COUNT|20000|99999|EXACT|",
            "hundreds of thousands fled|hundreds of thousands|COUNT|200000|999999|EXACT|",
            "millions of refugees|millions|COUNT|2000000|999999999|EXACT|",
            "some dozens of boats|some dozens|COUNT|24|99|ABOUT|",
            "more than dozens of boats|dozens|COUNT|24|99|EXACT|",
            "hundreds of kilometres of road|hundreds of kilometres|LENGTH|200|999|EXACT|km",
            "for thousands of years|thousands of years|DURATION|2000|999999|EXACT|year"})
    void readsVaguePluralsAsRanges(String text, String exact, ValueKind kind, String low, String high,
                                   Approximation approx, String unit) {
        Mention m = only(text);
        assertEquals(exact, text.substring(m.start(), m.end()));
        Quantity q = (Quantity) m.value();
        assertEquals(kind, q.kind());
        assertEquals(0, new BigDecimal(low).compareTo(q.amount()));
        assertEquals(0, new BigDecimal(high).compareTo(q.to()));
        assertEquals(approx, q.approximation());
        assertEquals(unit == null ? "" : unit, q.unit());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "enrichment up to 3.67 % only|up to 3.67 %|PERCENT|3.67|%|UP_TO",
            "enrichment up to 3.67% only|up to 3.67%|PERCENT|3.67|%|UP_TO",
            "3.67 percent|3.67 percent|PERCENT|3.67|%|EXACT",
            "about 20 per cent of voters|about 20 per cent|PERCENT|20|%|ABOUT",
            "five percent|five percent|PERCENT|5|%|EXACT",
            "a stockpile of 300 kg|300 kg|MASS|300|kg|EXACT",
            "a stockpile of 300kg|300kg|MASS|300|kg|EXACT",
            "300 kilograms|300 kilograms|MASS|300|kg|EXACT",
            "more than 20 million tons of grain|more than 20 million tons|MASS|20000000|t|OVER",
            "10 metric tons|10 metric tons|MASS|10|t|EXACT",
            "5,000 tonnes|5,000 tonnes|MASS|5000|t|EXACT",
            "a 300t ship|300t|MASS|300|t|EXACT",
            "12 lbs|12 lbs|MASS|12|lb|EXACT",
            "40 grams|40 grams|MASS|40|g|EXACT"})
    void readsPercentagesAndMasses(String text, String exact, ValueKind kind, String amount, String unit,
                                   Approximation approx) {
        Mention m = only(text);
        assertEquals(exact, text.substring(m.start(), m.end()));
        Quantity q = (Quantity) m.value();
        assertEquals(kind, q.kind());
        assertEquals(0, new BigDecimal(amount).compareTo(q.amount()));
        assertEquals(unit, q.unit());
        assertEquals(approx, q.approximation());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "millions of tonnes of grain|millions of tonnes|MASS|2000000|999999999|t",
            "hundreds of tons|hundreds of tons|MASS|200|999|t"})
    void readsVagueMasses(String text, String exact, ValueKind kind, String low, String high, String unit) {
        Mention m = only(text);
        assertEquals(exact, text.substring(m.start(), m.end()));
        Quantity q = (Quantity) m.value();
        assertEquals(kind, q.kind());
        assertEquals(0, new BigDecimal(low).compareTo(q.amount()));
        assertEquals(0, new BigDecimal(high).compareTo(q.to()));
        assertEquals(unit, q.unit());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"5 t|5", "the 2 tonne|-", "t 5 tons|5 tons"})
    void aLoneTIsNoTonne(String text, String exact) {
        List<Mention> found = Quantities.find(text, Numbers.find(text), List.of());
        if (exact.equals("-")) {
            assertEquals(ValueKind.MASS, found.get(0).kind());
            return;
        }
        Mention m = found.get(0);
        assertEquals(exact, text.substring(m.start(), m.end()));
    }
}
