package org.karabakhkg.text;

import java.util.List;

/**
 * Where a quote stands in the letter: in which part, at which clean range, and the contiguous pieces of
 * the original text it is made of (more than one when a footnote block or number interrupts it).
 */
public record Quote(Part part, int start, int end, List<Span> pieces) {
    public String text() {
        return part.text().text().substring(start, end);
    }
}
