package org.karabakhkg.text;

import java.util.List;

/**
 * A stretch of the letter that reads as one text once repaired: a paragraph of the body, a footnote or
 * a line of the closing. Sentences never cross parts, and neither do quotes.
 */
public record Part(Kind kind, int number, CleanText text, List<Sentence> sentences) {
    public enum Kind { PARAGRAPH, FOOTNOTE, CLOSING }

    public Span extent() {
        return text.extent(0, text.length());
    }
}
