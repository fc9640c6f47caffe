package org.karabakhkg.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Text repaired of PDF artifacts, each character remembering where it stood in the original.
 * Whitespace runs become one space; a word hyphenated across a line break is joined with its hyphen
 * kept; footnote blocks and footnote reference numbers are left out. The characters themselves are the
 * original ones, so a quote found here maps back to the exact original words.
 */
public final class CleanText {
    private final String text;
    private final int[] origin;
    private final String original;

    CleanText(String text, int[] origin, String original) {
        this.text = text;
        this.origin = origin;
        this.original = original;
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** Original index of the character at clean index {@code i}. */
    public int originOf(int i) {
        return origin[i];
    }

    public CleanText sub(int start, int end) {
        int[] o = new int[end - start];
        System.arraycopy(origin, start, o, 0, o.length);
        return new CleanText(text.substring(start, end), o, original);
    }

    /** The whole original extent of clean range {@code [start, end)}, artifacts included. */
    public Span extent(int start, int end) {
        return new Span(origin[start], origin[end - 1] + 1);
    }

    /**
     * The contiguous pieces of the original text that clean range {@code [start, end)} comes from. A
     * new piece begins wherever something other than whitespace was left out between two characters: a
     * footnote block or a footnote number.
     */
    public List<Span> pieces(int start, int end) {
        List<Span> pieces = new ArrayList<>();
        int pieceStart = origin[start];
        for (int i = start + 1; i < end; i++) {
            int prev = origin[i - 1];
            int cur = origin[i];
            if (!onlyWhitespaceBetween(prev + 1, cur)) {
                addTrimmed(pieces, pieceStart, prev + 1);
                pieceStart = cur;
            }
        }
        addTrimmed(pieces, pieceStart, origin[end - 1] + 1);
        return pieces;
    }

    /** A piece never begins or ends in whitespace: the space standing for a left-out block is no one's. */
    private void addTrimmed(List<Span> pieces, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(original.charAt(s)))
            s++;
        while (e > s && Character.isWhitespace(original.charAt(e - 1)))
            e--;
        if (e > s)
            pieces.add(new Span(s, e));
    }

    private boolean onlyWhitespaceBetween(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Character.isWhitespace(original.charAt(k)))
                return false;
        }
        return true;
    }

    /** Builds clean text from original ranges, repairing as it goes. */
    static final class Builder {
        private final String original;
        private final StringBuilder sb = new StringBuilder();
        private final List<Integer> origin = new ArrayList<>();
        private int pendingSpace = -1;

        Builder(String original) {
            this.original = original;
        }

        /** Appends original range {@code [from, to)}, skipping the indexes in {@code skip}. */
        Builder append(int from, int to, java.util.Set<Integer> skip) {
            for (int i = from; i < to; i++) {
                if (skip.contains(i))
                    continue;
                char c = original.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00A0') {
                    if (sb.length() > 0 && pendingSpace < 0 && !joinsHyphenatedWord(i))
                        pendingSpace = i;
                    continue;
                }
                if (pendingSpace >= 0) {
                    sb.append(' ');
                    origin.add(pendingSpace);
                    pendingSpace = -1;
                }
                sb.append(c);
                origin.add(i);
            }
            return this;
        }

        /**
         * A line break right after a hyphen that follows a letter or digit joins the two lines without
         * a space: "Nagorno-\nKarabach", and URLs broken across lines.
         */
        private boolean joinsHyphenatedWord(int i) {
            int n = sb.length();
            if (n < 2 || sb.charAt(n - 1) != '-' || !Character.isLetterOrDigit(sb.charAt(n - 2)))
                return false;
            int k = origin.get(n - 1) + 1;
            while (k < original.length() && original.charAt(k) != '\n' && Character.isWhitespace(original.charAt(k)))
                k++;
            // Only a line break directly after the hyphen (trailing blanks allowed) joins.
            if (k >= original.length() || original.charAt(k) != '\n')
                return false;
            return i >= origin.get(n - 1);
        }

        CleanText build() {
            int[] o = new int[origin.size()];
            for (int i = 0; i < o.length; i++)
                o[i] = origin.get(i);
            return new CleanText(sb.toString(), o, original);
        }
    }
}
