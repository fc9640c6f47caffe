package org.karabakhkg.claims;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.karabakhkg.text.Quote;

/** A claim that passed every check: its quote located in the letter, its assertion parsed. */
public record CheckedClaim(Claim claim, Quote quote, List<Quote> context, Graph assertion) {
}
