package org.karabakhkg.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where sentences end in repaired Dutch text. */
final class Sentences {
    private static final Pattern END = Pattern.compile("[.!?][)’”'\"]?(?= +[\\p{Lu}\\d‘“'\"(\\[])");
    /** Abbreviations that end in a full stop without ending a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of(
        "nr", "nrs", "bijv", "bv", "o.a", "m.n", "c.s", "i.e", "e.g", "d.w.z", "t.a.v", "z.g", "resp", "ca", "jl",
        "mr", "dr", "drs", "ir", "prof", "mw", "dhr", "st", "vs", "art", "blz", "p", "pp", "jan", "feb", "mrt", "apr",
        "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec", "incl", "excl", "evt", "vgl", "zgn");

    private Sentences() {}

    /** Indexes just past each sentence end, the last excepted when the text ends without one. */
    static List<Integer> boundaries(String s) {
        List<Integer> out = new ArrayList<>();
        Matcher m = END.matcher(s);
        while (m.find()) {
            if (s.charAt(m.start()) == '.' && isAbbreviation(s, m.start()))
                continue;
            out.add(m.end());
        }
        return out;
    }

    private static boolean isAbbreviation(String s, int dot) {
        int from = dot;
        while (from > 0 && !Character.isWhitespace(s.charAt(from - 1)) && s.charAt(from - 1) != '(')
            from--;
        String token = s.substring(from, dot);
        if (token.isEmpty())
            return false;
        if (ABBREVIATIONS.contains(token.toLowerCase(Locale.ROOT)))
            return true;
        // Initials and dotted abbreviations: "A.M", "S.A.M", "o.a".
        return token.matches("(\\p{L}\\.)*\\p{L}");
    }
}
