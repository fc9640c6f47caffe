package org.karabakhkg.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.karabakhkg.vocab.Vocab;
import org.karabakhkg.vocab.Vocab.OA;

/**
 * Checks that the graph's words are the letter's words: for every oa:SpecificResource on a letter, the
 * oa:exact of its TextQuoteSelector must equal the letter's text between the oa:start and oa:end of its
 * TextPositionSelector, counted in Unicode code points, and prefix and suffix must border it.
 */
public final class GroundingCheck {
    private GroundingCheck() {}

    /**
     * @param graph  the union of the dataset's graphs
     * @param texts  each letter's original text by letter IRI: from the store, or from the seed files
     */
    public static List<Finding> check(Graph graph, Map<Node, String> texts) {
        List<Finding> out = new ArrayList<>();
        Map<Node, int[]> codePointCache = new HashMap<>();
        List<Node> targets = graph.find(Node.ANY, Vocab.RDF.type, OA.SpecificResource).mapWith(Triple::getSubject).toList();
        for (Node target : targets) {
            Node source = one(graph, target, OA.hasSource);
            String text = source == null ? null : texts.get(source);
            if (text == null) {
                out.add(new Finding("grounding", target.toString(), "no text known for its source " + source));
                continue;
            }
            String exact = null, prefix = null, suffix = null;
            Integer start = null, end = null;
            for (Triple sel : graph.find(target, OA.hasSelector, Node.ANY).toList()) {
                Node s = sel.getObject();
                if (graph.contains(s, Vocab.RDF.type, OA.TextQuoteSelector)) {
                    exact = lex(one(graph, s, OA.exact));
                    prefix = lex(one(graph, s, OA.prefix));
                    suffix = lex(one(graph, s, OA.suffix));
                } else if (graph.contains(s, Vocab.RDF.type, OA.TextPositionSelector)) {
                    start = integer(one(graph, s, OA.start));
                    end = integer(one(graph, s, OA.end));
                }
            }
            if (exact == null || start == null || end == null) {
                out.add(new Finding("grounding", target.toString(), "needs a TextQuoteSelector with oa:exact and a TextPositionSelector with oa:start and oa:end"));
                continue;
            }
            int[] cps = codePointCache.computeIfAbsent(source, k -> text.codePoints().toArray());
            if (start < 0 || end < start || end > cps.length) {
                out.add(new Finding("grounding", target.toString(), "offsets [" + start + ", " + end + ") lie outside the letter (" + cps.length + " code points)"));
                continue;
            }
            String at = new String(cps, start, end - start);
            if (!at.equals(exact))
                out.add(new Finding("grounding", target.toString(), "oa:exact \"" + exact + "\" but the letter has \"" + at + "\" at [" + start + ", " + end + ")"));
            if (prefix != null && !regionEquals(cps, start - prefix.codePointCount(0, prefix.length()), prefix))
                out.add(new Finding("grounding", target.toString(), "oa:prefix does not precede the quote"));
            if (suffix != null && !regionEquals(cps, end, suffix))
                out.add(new Finding("grounding", target.toString(), "oa:suffix does not follow the quote"));
        }
        return out;
    }

    private static boolean regionEquals(int[] cps, int from, String expected) {
        int[] e = expected.codePoints().toArray();
        if (from < 0 || from + e.length > cps.length)
            return false;
        return java.util.Arrays.equals(cps, from, from + e.length, e, 0, e.length);
    }

    private static Node one(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    private static String lex(Node n) {
        return n == null || !n.isLiteral() ? null : n.getLiteralLexicalForm();
    }

    private static Integer integer(Node n) {
        try {
            return n == null || !n.isLiteral() ? null : Integer.valueOf(n.getLiteralLexicalForm());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
