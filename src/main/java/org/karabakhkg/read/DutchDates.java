package org.karabakhkg.read;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Dutch time expressions, keeping their precision. A day without a year ({@code op 12 juni}) takes
 * the latest such day not after the letter's date; {@code jaren ’90} is the decade from 1990 on, again
 * the latest one not after the letter.
 */
public final class DutchDates {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
        Map.entry("januari", 1), Map.entry("jan", 1), Map.entry("februari", 2), Map.entry("feb", 2),
        Map.entry("maart", 3), Map.entry("mrt", 3), Map.entry("april", 4), Map.entry("apr", 4), Map.entry("mei", 5),
        Map.entry("juni", 6), Map.entry("jun", 6), Map.entry("juli", 7), Map.entry("jul", 7), Map.entry("augustus", 8),
        Map.entry("aug", 8), Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
        Map.entry("oktober", 10), Map.entry("okt", 10), Map.entry("november", 11), Map.entry("nov", 11),
        Map.entry("december", 12), Map.entry("dec", 12));
    private static final String MONTH = "(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sept|sep|okt|nov|dec)";
    private static final Pattern DAY = Pattern.compile("(?<!\\d)(\\d{1,2})\\s+" + MONTH + "\\.?(?:\\s+(\\d{4}))?(?![\\p{L}\\d])", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_YEAR = Pattern.compile("(?<!\\p{L})" + MONTH + "\\s+(\\d{4})(?!\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.,-])(1[5-9]\\d{2}|20\\d{2})(?![\\d.,]\\d)");
    private static final Pattern DECADE = Pattern.compile("jaren\\s+(?:['’‘]?(\\d0)|(1[5-9]\\d0|20\\d0))(?!\\d)", Pattern.CASE_INSENSITIVE);

    private DutchDates() {}

    public enum Precision { DAY, MONTH, YEAR, DECADE }

    /** A time expression: its precision and the first day it admits. */
    public record Reading(Precision precision, LocalDate first, int start, int end, String asWritten) {
        /** The lexical form of its XSD type: xsd:date, xsd:gYearMonth or xsd:gYear (a decade's first year). */
        public String lexical() {
            return switch (precision) {
                case DAY -> first.toString();
                case MONTH -> YearMonth.from(first).toString();
                case YEAR, DECADE -> String.format("%04d", first.getYear());
            };
        }
    }

    /** Every time expression in {@code text}, most precise reading first where they overlap. */
    public static List<Reading> read(String text, LocalDate letterDate) {
        List<Reading> out = new ArrayList<>();
        Matcher d = DAY.matcher(text);
        while (d.find()) {
            int day = Integer.parseInt(d.group(1));
            int month = MONTHS.get(d.group(2).toLowerCase(Locale.ROOT));
            LocalDate date;
            try {
                if (d.group(3) != null) {
                    date = LocalDate.of(Integer.parseInt(d.group(3)), month, day);
                } else {
                    date = LocalDate.of(letterDate.getYear(), month, day);
                    if (date.isAfter(letterDate))
                        date = date.minusYears(1);
                }
            } catch (java.time.DateTimeException e) {
                continue;
            }
            out.add(new Reading(Precision.DAY, date, d.start(), d.end(), d.group()));
        }
        Matcher m = MONTH_YEAR.matcher(text);
        while (m.find()) {
            if (covered(out, m.start()))
                continue;
            int month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
            out.add(new Reading(Precision.MONTH, LocalDate.of(Integer.parseInt(m.group(2)), month, 1), m.start(), m.end(), m.group()));
        }
        Matcher y = YEAR.matcher(text);
        while (y.find()) {
            if (covered(out, y.start()))
                continue;
            out.add(new Reading(Precision.YEAR, Year.of(Integer.parseInt(y.group(1))).atDay(1), y.start(), y.end(), y.group()));
        }
        Matcher c = DECADE.matcher(text);
        while (c.find()) {
            int year;
            if (c.group(2) != null) {
                year = Integer.parseInt(c.group(2));
            } else {
                int two = Integer.parseInt(c.group(1));
                year = (letterDate.getYear() / 100) * 100 + two;
                if (year > letterDate.getYear())
                    year -= 100;
            }
            out.add(new Reading(Precision.DECADE, Year.of(year).atDay(1), c.start(), c.end(), c.group()));
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static boolean covered(List<Reading> found, int at) {
        return found.stream().anyMatch(r -> r.start() <= at && at < r.end());
    }

    /**
     * Whether {@code text} licenses the XSD date literal {@code lexical} of type {@code xsdType} (local
     * name: date, gYearMonth, gYear): the same day, month or year, or a coarser reading of a finer one.
     */
    public static boolean licenses(String text, LocalDate letterDate, String xsdType, String lexical) {
        for (Reading r : read(text, letterDate)) {
            switch (xsdType) {
                case "date" -> {
                    if (r.precision() == Precision.DAY && r.first().toString().equals(lexical))
                        return true;
                }
                case "gYearMonth" -> {
                    if ((r.precision() == Precision.DAY || r.precision() == Precision.MONTH)
                        && YearMonth.from(r.first()).toString().equals(lexical))
                        return true;
                }
                case "gYear" -> {
                    if (String.format("%04d", r.first().getYear()).equals(lexical))
                        return true;
                }
                default -> { }
            }
        }
        return false;
    }
}
