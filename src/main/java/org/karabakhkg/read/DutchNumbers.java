package org.karabakhkg.read;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads numbers the way a Dutch text writes them. A full stop followed by groups of exactly three
 * digits separates thousands ({@code 680.000}); any other full stop or comma is a decimal sign
 * ({@code 16.9}, {@code 16,9}). A scale word multiplies ({@code 16.9 miljoen}); number words count
 * ({@code vier}, {@code een miljoen}, {@code tiental}).
 */
public final class DutchNumbers {
    private static final Map<String, Integer> WORDS = Map.ofEntries(
        Map.entry("een", 1), Map.entry("één", 1), Map.entry("twee", 2), Map.entry("drie", 3), Map.entry("vier", 4),
        Map.entry("vijf", 5), Map.entry("zes", 6), Map.entry("zeven", 7), Map.entry("acht", 8), Map.entry("negen", 9),
        Map.entry("tien", 10), Map.entry("elf", 11), Map.entry("twaalf", 12), Map.entry("dertien", 13),
        Map.entry("veertien", 14), Map.entry("vijftien", 15), Map.entry("zestien", 16), Map.entry("zeventien", 17),
        Map.entry("achttien", 18), Map.entry("negentien", 19), Map.entry("twintig", 20), Map.entry("dertig", 30),
        Map.entry("veertig", 40), Map.entry("vijftig", 50), Map.entry("honderd", 100), Map.entry("duizend", 1000),
        Map.entry("tiental", 10), Map.entry("dozijn", 12), Map.entry("half", 0), Map.entry("beide", 2));
    private static final Map<String, BigDecimal> SCALES = Map.of(
        "duizend", new BigDecimal(1_000), "miljoen", new BigDecimal(1_000_000), "miljard", new BigDecimal(1_000_000_000),
        "mln", new BigDecimal(1_000_000), "mld", new BigDecimal(1_000_000_000));
    private static final Pattern NUMBER = Pattern.compile(
        "(?<![\\p{L}\\d])(\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:[.,]\\d+)?)(?:\\s+(duizend|miljoen|miljard|mln|mld)\\b)?");
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}])(\\p{L}+)(?:\\s+(duizend|miljoen|miljard)\\b)?");

    private DutchNumbers() {}

    /** A number as it stands in a text. */
    public record Reading(BigDecimal value, int start, int end, String asWritten) {}

    /** Every number in {@code text}, digits and words, in order of appearance. */
    public static List<Reading> read(String text) {
        List<Reading> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            BigDecimal v = parseDigits(m.group(1));
            if (m.group(2) != null)
                v = v.multiply(SCALES.get(m.group(2)));
            out.add(new Reading(v.stripTrailingZeros(), m.start(), m.end(), m.group()));
        }
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            Integer n = WORDS.get(w.group(1).toLowerCase(Locale.ROOT));
            if (n == null && SCALES.containsKey(w.group(1).toLowerCase(Locale.ROOT)) && w.group(2) == null)
                continue;
            if (n == null)
                continue;
            BigDecimal v = new BigDecimal(n);
            if (w.group(2) != null)
                v = v.multiply(SCALES.get(w.group(2)));
            out.add(new Reading(v.stripTrailingZeros(), w.start(), w.end(), w.group()));
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** Whether {@code text} holds the number {@code value}. */
    public static boolean holds(String text, BigDecimal value) {
        return read(text).stream().anyMatch(r -> r.value().compareTo(value) == 0);
    }

    static BigDecimal parseDigits(String s) {
        if (s.matches("\\d{1,3}(\\.\\d{3})+(,\\d+)?"))
            return new BigDecimal(s.replace(".", "").replace(',', '.'));
        return new BigDecimal(s.replace(',', '.'));
    }
}
