package org.karabakhkg.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.karabakhkg.KgException;
import org.karabakhkg.text.Folding;

/**
 * Finds sentences by words, Dutch or English, without case and diacritics ("Armenie" finds "Armenië"):
 * a sentence matches when every word stands in its text, or in one text (label, description, quote) of a
 * claim that rests on it. A SPARQL filter over some hundred sentences and a few thousand literals; see
 * BENCHMARKS.md for why no text index.
 */
public final class Search {
    /** A sentence that matched, with the claims that rest on it (id to first English label or quote). */
    public record Hit(int number, String text, Map<String, String> claims) {}

    private Search() {}

    /** The SPARQL of a search, also the text of queries/search-words.rq. */
    public static String sparql(List<String> words) {
        if (words.isEmpty())
            throw new KgException("search needs at least one word");
        StringBuilder filter = new StringBuilder();
        for (String w : words) {
            String f = Folding.fold(w).replace("\\", "\\\\").replace("\"", "\\\"");
            filter.append(filter.length() == 0 ? "" : " && ").append("CONTAINS(?folded, \"").append(f).append("\")");
        }
        return """
            SELECT DISTINCT ?n ?text ?claim ?said
            WHERE {
              ?s a kg:Sentence ; kg:number ?n ; kg:text ?text .
              { BIND(?text AS ?hay) }
              UNION { ?c kg:inSentence ?s ; kg:quote ?hay }
              UNION { ?c kg:inSentence ?s . GRAPH ?c { ?x ?p ?hay FILTER(isLiteral(?hay)) } }
              BIND(LCASE(REPLACE(fn:normalize-unicode(STR(?hay), "NFD"), "\\\\p{M}", "")) AS ?folded)
              FILTER(%s)
              OPTIONAL { ?claim kg:inSentence ?s ; kg:quote ?said }
            }
            ORDER BY ?n ?claim
            """.formatted(filter);
    }

    public static List<Hit> run(DatasetGraph dsg, List<String> words, long timeoutMs) {
        Query q = Sparql.parse("PREFIX fn: <http://www.w3.org/2005/xpath-functions#>\n" + sparql(words), "search");
        Map<Integer, Hit> hits = new TreeMap<>();
        try (QueryExec qe = Sparql.exec(dsg, q, timeoutMs)) {
            qe.select().forEachRemaining(b -> {
                int n = Integer.parseInt(b.get("n").getLiteralLexicalForm());
                Hit h = hits.computeIfAbsent(n, k -> new Hit(k, b.get("text").getLiteralLexicalForm(), new LinkedHashMap<>()));
                if (b.get("claim") != null) {
                    String uri = b.get("claim").getURI();
                    h.claims().putIfAbsent(uri.substring(uri.lastIndexOf('/') + 1), b.get("said").getLiteralLexicalForm());
                }
            });
        }
        return new ArrayList<>(hits.values());
    }
}
