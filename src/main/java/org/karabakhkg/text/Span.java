package org.karabakhkg.text;

/**
 * A half-open range {@code [start, end)} of UTF-16 indexes into a letter's original text.
 * Code point offsets, as the W3C Web Annotation model counts them, come from
 * {@link LetterText#codePointOffset(int)}.
 */
public record Span(int start, int end) implements Comparable<Span> {
    public Span {
        if (start < 0 || end < start)
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}
