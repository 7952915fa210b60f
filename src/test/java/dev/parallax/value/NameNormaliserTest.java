package dev.parallax.value;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameNormaliserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "North-Western  Syria | north western syria",
            "The Turkish_Army | turkish army",
            "  Ras al-‘Ayn | ras al ‘ayn",
            "Erdoğan | erdogan",
            "Théâtre | theatre",
            "the   M4 | m4",
            "Thessaloniki | thessaloniki"})
    void normalises(String input, String expected) {
        assertEquals(expected, NameNormaliser.normalise(input));
    }
}
