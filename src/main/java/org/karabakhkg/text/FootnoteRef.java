package org.karabakhkg.text;

/** The number in the body that points to footnote {@code number}, at {@code span} of the original. */
public record FootnoteRef(int number, Span span) {
}
