package org.karabakhkg.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DutchDatesTest {
    private static final LocalDate LETTER = LocalDate.of(2021, 6, 16);

    @ParameterizedTest(name = "{0} gives {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "op 12 juni | date | 2021-06-12",
        "Op 13 april | date | 2021-04-13",
        "van 19 november 2020 | date | 2020-11-19",
        "(19 nov) | date | 2020-11-19",
        "in november 2020 | gYearMonth | 2020-11",
        "van 19 november 2020 | gYearMonth | 2020-11",
        "Deze akkoorden uit 1975 | gYear | 1975",
        "begin jaren ’90 | gYear | 1990",
        "begin jaren '90 | gYear | 1990",
        "sinds de zomer van 2020 | gYear | 2020" })
    void licensesWhatTheWordsSay(String text, String type, String lexical) {
        assertTrue(DutchDates.licenses(text, LETTER, type, lexical), () -> text + " -> " + DutchDates.read(text, LETTER));
    }

    @Test
    void aDayWithoutYearIsTheLatestOneNotAfterTheLetter() {
        assertTrue(DutchDates.licenses("op 20 juni", LETTER, "date", "2020-06-20"));
        assertFalse(DutchDates.licenses("op 20 juni", LETTER, "date", "2021-06-20"));
    }

    @Test
    void keepsPrecision() {
        List<DutchDates.Reading> r = DutchDates.read("in november 2020 en op 12 juni en begin jaren ’90", LETTER);
        assertEquals(List.of(DutchDates.Precision.MONTH, DutchDates.Precision.DAY, DutchDates.Precision.DECADE),
            r.stream().map(DutchDates.Reading::precision).toList());
        assertFalse(DutchDates.licenses("in november 2020", LETTER, "date", "2020-11-01"), "a month is not a day");
    }

    @Test
    void durations() {
        assertEquals(List.of("P44D"), DutchDurations.read("Na 44 dagen van hevig geweld"));
        assertEquals(List.of("P3Y"), DutchDurations.read("drie jaar later"));
    }
}
