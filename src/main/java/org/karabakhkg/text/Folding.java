package org.karabakhkg.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** How text is compared: quotes, case, diacritics and whitespace. */
public final class Folding {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Folding() {}

    /** Curly quotes to straight ones; keeps length, so indexes stay valid. */
    public static String foldQuotes(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u2032', '`', '\u00B4' -> '\'';
                case '\u201C', '\u201D', '\u201E', '\u2033' -> '"';
                case '\u00A0' -> ' ';
                default -> c;
            });
        }
        return sb.toString();
    }

    public static String collapseWhitespace(String s) {
        return SPACES.matcher(s.strip()).replaceAll(" ");
    }

    /**
     * Lower case, no diacritics, straight quotes, single spaces: "Armenië" and "armenie" fold alike.
     * Not length-preserving; for comparing names, not for offsets.
     */
    public static String fold(String s) {
        String d = Normalizer.normalize(foldQuotes(s), Normalizer.Form.NFD);
        return collapseWhitespace(MARKS.matcher(d).replaceAll("")).toLowerCase(Locale.ROOT);
    }

    /**
     * Like {@link #fold} but one character for one, so that indexes into the result are indexes into
     * the input: each character loses its diacritics and case on its own.
     */
    public static String foldKeepingLength(String s) {
        String q = foldQuotes(s);
        StringBuilder sb = new StringBuilder(q.length());
        for (int i = 0; i < q.length(); i++) {
            char c = q.charAt(i);
            if (c < 128) {
                sb.append(Character.toLowerCase(c));
                continue;
            }
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            char base = d.isEmpty() ? c : d.charAt(0);
            String lower = String.valueOf(base).toLowerCase(Locale.ROOT);
            sb.append(lower.length() == 1 ? lower.charAt(0) : base);
        }
        return sb.toString();
    }

    /** Whether {@code name} stands in {@code text} as whole words, both already {@link #fold folded}. */
    public static boolean containsWords(String foldedText, String foldedName) {
        return indexOfWords(foldedText, foldedName, 0) >= 0;
    }

    /** Where {@code name} next stands in {@code text} as whole words, from {@code from} on; -1 if nowhere. */
    public static int indexOfWords(String text, String name, int from) {
        if (name.isEmpty())
            return -1;
        for (int at = text.indexOf(name, from); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startOk && endOk)
                return at;
        }
        return -1;
    }
}
