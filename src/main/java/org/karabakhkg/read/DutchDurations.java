package org.karabakhkg.read;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads durations such as {@code 44 dagen} as XSD durations ({@code P44D}). */
public final class DutchDurations {
    private static final Pattern DURATION = Pattern.compile(
        "(?<![\\p{L}\\d])(\\d+|\\p{L}+)\\s+(dagen|dag|weken|week|maanden|maand|jaren|jaar|uur|uren)(?!\\p{L})", Pattern.CASE_INSENSITIVE);

    private DutchDurations() {}

    /** The XSD durations the text states, such as {@code P44D} or {@code P2W}. */
    public static List<String> read(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = DURATION.matcher(text);
        while (m.find()) {
            List<DutchNumbers.Reading> n = DutchNumbers.read(m.group(1));
            if (n.isEmpty())
                continue;
            BigDecimal v = n.get(0).value();
            String unit = m.group(2).toLowerCase(Locale.ROOT);
            String iso = switch (unit) {
                case "dag", "dagen" -> "P" + v.toPlainString() + "D";
                case "week", "weken" -> "P" + v.toPlainString() + "W";
                case "maand", "maanden" -> "P" + v.toPlainString() + "M";
                case "jaar", "jaren" -> "P" + v.toPlainString() + "Y";
                default -> "PT" + v.toPlainString() + "H";
            };
            out.add(iso);
        }
        return out;
    }
}
