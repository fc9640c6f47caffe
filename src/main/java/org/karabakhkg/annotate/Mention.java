package org.karabakhkg.annotate;

import org.apache.jena.graph.Node;
import org.karabakhkg.text.Quote;

/**
 * Something the automatic layer found in the text: a known entity, a date, an amount or a reference.
 * {@code value} is the entity's IRI, or a literal holding what was read; {@code unit} is set for amounts.
 */
public record Mention(Kind kind, Node value, String unit, Quote quote) {
    public enum Kind { ENTITY, DATE, AMOUNT, REFERENCE }
}
