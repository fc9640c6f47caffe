package org.karabakhkg.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DutchNumbersTest {
    @ParameterizedTest(name = "{0} reads as {1}")
    @CsvSource(delimiter = '|', value = {
        "ruim 680.000 mensen | 680000",
        "naar schatting zeker 6.500 verloren levens | 6500",
        "16.9 miljoen Euro | 16900000",
        "16,9 miljoen euro | 16900000",
        "Circa een miljoen mensen | 1000000",
        "vier resoluties | 4",
        "een tiental principes | 10",
        "zeven omliggende provincies | 7",
        "15 gevangen | 15",
        "1.234.567 | 1234567",
        "2,5 | 2.5" })
    void readsTheDutchWay(String text, String value) {
        assertTrue(DutchNumbers.holds(text, new BigDecimal(value)), () -> text + " -> " + DutchNumbers.read(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "ruim 680.000 mensen | 680", "16.9 miljoen Euro | 16.9", "6.500 levens | 6.5" })
    void doesNotMisreadSeparators(String text, String wrong) {
        assertFalse(DutchNumbers.holds(text, new BigDecimal(wrong)), () -> text + " -> " + DutchNumbers.read(text));
    }

    @org.junit.jupiter.api.Test
    void keepsWhatWasWritten() {
        var r = DutchNumbers.read("ruim 680.000 mensen").get(0);
        assertEquals("680.000", r.asWritten());
    }
}
