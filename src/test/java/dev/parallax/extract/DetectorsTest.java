package dev.parallax.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.value.Approximation;
import dev.parallax.value.InstantValue;
import dev.parallax.value.Quantity;
import dev.parallax.value.ValueKind;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The value detectors on their own: numbers, quantities, hedges, clock times, dates, sentences, attribution. */
class DetectorsTest {

    private static final LocalDate SIGNED = LocalDate.of(2021, 6, 10);          // a Thursday
    private static final ZoneId ZONE = ZoneId.of("Europe/Helsinki");           // UTC+3 in summer

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "one million people|one million|1000000",
            "three million refugees|three million|3000000",
            "sixteen civilians|sixteen|16",
            "a nine-year war|nine|9",
            "twenty-one boats|twenty-one|21",
            "three hundred and five days|three hundred and five|305",
            "3.6 million residents|3.6 million|3600000",
            "nearly 1,000,000 people|1,000,000|1000000",
            "some 900,000 people|900,000|900000",
            "route 66|66|66",
            "nearly a million people|a million|1000000",
            "an hundred ships|an hundred|100",
            "a day and a night|day|-1"})
    void readsNumbersInDigitsAndWords(String text, String exact, String value) {
        List<Numbers.NumberMention> found = Numbers.find(text);
        if (value.equals("-1")) {
            assertEquals(List.of(), found, "an article alone is no number");
            return;
        }
        assertEquals(1, found.size(), () -> "in '" + text + "': " + found);
        Numbers.NumberMention n = found.get(0);
        assertEquals(exact, text.substring(n.start(), n.end()));
        assertEquals(0, new BigDecimal(value).compareTo(n.value()), () -> n.value().toPlainString());
    }

    @Test
    void numbersInsideNamesAreNotNumbers() {
        assertTrue(Numbers.find("the A7 motorway, the M4 highway").isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "a 12-km buffer|12-km|LENGTH|12|km|EXACT",
            "stretches 6km (3.7 miles) to the east|6km (3.7 miles)|LENGTH|6|km|EXACT",
            "a 12-kilometre-wide strip|12-kilometre|LENGTH|12|km|EXACT",
            "a seven-mile strip|seven-mile|LENGTH|7|mi|EXACT",
            "3 miles to the west|3 miles|LENGTH|3|mi|EXACT",
            "after a six-hour meeting|six-hour|DURATION|6|h|EXACT",
            "more than six hours of talks|more than six hours|DURATION|6|h|OVER",
            "within seven days|within seven days|DURATION|7|day|UP_TO",
            "to be settled in a week|a week|DURATION|1|week|EXACT",
            "nearly 1,000,000 people|nearly 1,000,000|COUNT|1000000||NEARLY",
            "around 960,000 people|around 960,000|COUNT|960000||ABOUT",
            "Some 60 soldiers|Some 60|COUNT|60||ABOUT",
            "over 30 sailors|over 30|COUNT|30||OVER",
            "killed at least 15 people|at least 15|COUNT|15||AT_LEAST",
            "up to 300 fighters|up to 300|COUNT|300||UP_TO",
            "fewer than 40 boats|fewer than 40|COUNT|40||UNDER"})
    void readsQuantitiesWithUnitsAndHedges(String text, String exact, ValueKind kind, String amount, String unit,
                                          Approximation approx) {
        List<Mention> found = Quantities.find(text, Numbers.find(text), List.of());
        assertEquals(1, found.size(), () -> "in '" + text + "': " + found);
        Mention m = found.get(0);
        assertEquals(exact, text.substring(m.start(), m.end()));
        Quantity q = (Quantity) m.value();
        assertEquals(kind, q.kind());
        assertEquals(0, new BigDecimal(amount).compareTo(q.amount()));
        assertEquals(unit == null ? "" : unit, q.unit());
        assertEquals(approx, q.approximation());
    }

    @Test
    void hedgesMapToApproximations() {
        assertEquals(Approximation.NEARLY, Approximations.of("almost"));
        assertEquals(Approximation.ABOUT, Approximations.of("roughly"));
        assertEquals(Approximation.OVER, Approximations.of("more than"));
        assertEquals(Approximation.UP_TO, Approximations.of("within"));
        assertEquals(Approximation.EXACT, Approximations.of("exactly"));
        assertEquals(Approximation.EXACT, Approximations.before("about, 5", 7, 0).approximation());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // text | published on | exact | resolved instant | tolerance
            "The truce starts at 00:01 tonight.||00:01 tonight|2021-06-11T00:01+03:00|PT0S",
            "The truce starts at 00.01 Thursday night.|2021-06-11|00.01 Thursday night|2021-06-11T00:01+03:00|PT0S",
            "The truce starts at midnight.||midnight|2021-06-11T00:00+03:00|PT5M",
            "The truce starts at 00:01 on 12 June.||00:01 on 12 June|2021-06-12T00:01+03:00|PT0S",
            "The truce starts on 12 June at 00:01.||12 June at 00:01|2021-06-12T00:01+03:00|PT0S",
            "The truce starts at 22:01 GMT.||22:01 GMT|2021-06-10T22:01Z|PT0S",
            "The truce starts at 6.30 pm.||6.30 pm|2021-06-10T18:30+03:00|PT0S"})
    void readsClockTimes(String text, String published, String exact, String at, String tolerance) {
        ExtractionInput in = new ExtractionInput(text, published == null ? null : LocalDate.parse(published), SIGNED,
                ZONE, List.of());
        List<Mention> found = ClockTimes.find(text, Dates.find(text, SIGNED, in.publishedOn()), in);
        assertEquals(1, found.size(), () -> found.toString());
        Mention m = found.get(0);
        assertEquals(exact, text.substring(m.start(), m.end()));
        InstantValue v = (InstantValue) m.value();
        assertEquals(OffsetDateTime.parse(at).toInstant(), v.at().toInstant());
        assertEquals(Duration.parse(tolerance), v.tolerance());
    }

    @Test
    void decimalsAreNotClockTimes() {
        ExtractionInput in = new ExtractionInput("3.45 million and 3.7 miles", null, SIGNED, ZONE, List.of());
        assertTrue(ClockTimes.find(in.text(), List.of(), in).isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2022-07-27|Friday|2022-07-22",          // published Wednesday: the Friday five days before
            "2022-07-23|Friday|2022-07-15",          // published Saturday: the day before is "yesterday"
            "2022-07-22|Friday|2022-07-15"})         // published on a Friday: a week before
    void readsLastWeekdayAsTheMostRecentOneBeforeYesterday(String published, String day, String date) {
        assertEquals(LocalDate.parse(date), Dates.weekday("last", day, LocalDate.parse(published)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Patrols begin on March 15.|March 15|2021-03-15",
            "Patrols begin on 15 March.|15 March|2021-03-15",
            "Patrols begin on the 6th of March 2020.|6th of March 2020|2020-03-06",
            "Patrols begin 2022-01-02.|2022-01-02|2022-01-02",
            "Patrols began on Thursday.|Thursday|2021-06-10",
            "Patrols began on Monday.|Monday|2021-06-07",
            "Patrols began last Thursday.|last Thursday|2021-06-03",
            "Patrols begin next Monday.|next Monday|2021-06-14"})
    void readsDatesAndWeekdays(String text, String exact, String date) {
        List<Dates.DateMention> found = Dates.find(text, SIGNED, LocalDate.of(2021, 6, 11));   // published Friday
        assertEquals(1, found.size(), () -> found.toString());
        Dates.DateMention d = found.get(0);
        assertEquals(exact, text.substring(d.start(), d.end()));
        assertEquals(LocalDate.parse(date), d.date());
    }

    @Test
    void weekdaysNeedAPublicationDate() {
        assertTrue(Dates.find("Patrols began on Thursday.", SIGNED, null).isEmpty());
        assertTrue(Dates.find("It may 15 times", SIGNED, null).isEmpty());
    }

    @Test
    void splitsSentencesButNotDecimalsOrAbbreviations() {
        String text = "Mr. Smith said 3.7 miles. At 00.01 it starts!\n\u2022 A bullet line\nU.S. officials agreed.";
        Sentences s = Sentences.of(text);
        assertEquals(4, s.count());
        assertEquals("Mr. Smith said 3.7 miles.", text.substring(s.start(0), s.end(0)));
        assertEquals("At 00.01 it starts!", text.substring(s.start(1), s.end(1)));
        assertEquals("U.S. officials agreed.", text.substring(s.start(3), s.end(3)));
        assertEquals(1, s.indexOf(text.indexOf("00.01")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The truce starts at noon, Karlsson said.|Karlsson",
            "Karlsson said the truce starts at noon.|Karlsson",
            "\u201CThe truce starts at noon,\u201D said Foreign Minister Anna Karlsson.|Karlsson",
            "The truce starts at noon, according to the UN.|UN",
            "According to the document, the truce starts at noon.|",
            "The harbour and naval ministers said the truce starts at noon.|naval ministers",
            "Anna Karlsson told reporters the truce starts at noon.|Karlsson",
            "He said the truce starts at noon.|",
            "The truce starts at noon.|"})
    void attributesToTheNameNextToTheReportingVerb(String text, String speaker) {
        int at = text.indexOf("noon");
        String found = Attribution.speakerFor(text, 0, text.length(), at, at + 4);
        if (speaker == null) {
            assertNull(found);
        } else {
            assertEquals(speaker, found);
        }
    }

    @Test
    void aPronounSentenceContinuesTheVoiceBefore() {
        String text = "Karlsson remarked that talks went well. It will ease the strain.";
        Sentences s = Sentences.of(text);
        int at = text.indexOf("ease");
        assertEquals("Karlsson", Attribution.speakerFor(text, s, 1, at, at + 4));
    }
}
