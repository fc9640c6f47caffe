package org.karabakhkg.text;

/**
 * A sentence, numbered from 1 in the order of the letter's original text; {@code start} and
 * {@code end} index into its part's clean text.
 */
public record Sentence(int number, Part.Kind partKind, int partNumber, int start, int end, String text, Span extent) {
}
