package org.karabakhkg.serve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.karabakhkg.query.Sparql;
import org.karabakhkg.vocab.Vocab;

/**
 * What the pages read from the store: names, facts with the claims and words behind them, sentences.
 * The store does not change while it is served, so names are read once.
 */
final class GraphView {
    /** A resource's names: Dutch and English, either may be null. */
    record Names(String nl, String en) {
        String best() {
            return en != null ? en : nl;
        }
    }

    /** The words of the letter behind a fact: the claim, its quote and the sentence it stands in. */
    record Source(Node claim, String quote, int sentence, Node letter) {}

    /** A statement about a resource, with every claim that makes it. */
    record Fact(Node subject, Node predicate, Node object, List<Source> sources) {}

    private final DatasetGraph dsg;
    private final Map<Node, Names> names = new HashMap<>();

    GraphView(DatasetGraph dsg) {
        this.dsg = dsg;
        // rdfs:label and a letter's title first, so that a skos:prefLabel, read last, wins.
        Map<Node, String[]> found = new HashMap<>();
        String others = "SELECT ?s ?l WHERE { { ?s rdfs:label ?l } UNION { ?s a kg:Letter ; dcterms:title ?l } }";
        String preferred = "SELECT ?s ?l WHERE { ?s skos:prefLabel ?l }";
        for (String q : List.of(others, preferred)) {
            for (Binding b : select(q)) {
                String[] n = found.computeIfAbsent(b.get("s"), k -> new String[2]);
                Node l = b.get("l");
                switch (l.getLiteralLanguage()) {
                    case "nl" -> n[0] = l.getLiteralLexicalForm();
                    case "en" -> n[1] = l.getLiteralLexicalForm();
                    default -> { }
                }
            }
        }
        found.forEach((k, v) -> names.put(k, new Names(v[0], v[1])));
    }

    DatasetGraph dataset() {
        return dsg;
    }

    List<Binding> select(String sparql) {
        Query q = Sparql.parse(sparql, "page");
        return Txn.calculateRead(dsg, () -> {
            List<Binding> rows = new ArrayList<>();
            try (QueryExec qe = Sparql.exec(dsg, q, 10_000)) {
                // TDB2 bindings resolve nodes lazily: copy them while the transaction is open.
                qe.select().forEachRemaining(b -> rows.add(BindingFactory.builder().addAll(b).build()));
            }
            return rows;
        });
    }

    boolean ask(String sparql) {
        Query q = Sparql.parse(sparql, "page");
        return Txn.calculateRead(dsg, () -> {
            try (QueryExec qe = Sparql.exec(dsg, q, 10_000)) {
                return qe.ask();
            }
        });
    }

    Names names(Node n) {
        return names.get(n);
    }

    /** A readable name for any node: its English or Dutch name, a prefixed IRI, or a literal's text. */
    String show(Node n) {
        if (n.isLiteral())
            return n.getLiteralLexicalForm();
        Names nm = names.get(n);
        if (nm != null && nm.best() != null)
            return nm.best();
        String iri = n.getURI();
        var pm = Vocab.prefixes();
        String abbrev = pm.abbreviate(iri);
        return abbrev != null ? abbrev : iri;
    }

    /** Whether the store knows the IRI: as subject, object or graph name. */
    boolean exists(Node iri) {
        String s = "<" + iri.getURI() + ">";
        return ask("ASK { { " + s + " ?p ?o } UNION { ?x ?p " + s + " } UNION { GRAPH " + s + " { ?a ?b ?c } } }");
    }

    /** Statements with the resource as subject ({@code outgoing}) or object, each with its claims' words. */
    List<Fact> facts(Node iri, boolean outgoing) {
        String s = "<" + iri.getURI() + ">";
        String pattern = outgoing ? s + " ?p ?x" : "?x ?p " + s;
        List<Binding> rows = select("""
            SELECT ?x ?p ?g ?quote ?sn ?letter WHERE {
              GRAPH ?g { %s }
              OPTIONAL { ?g a kg:Claim ; kg:quote ?quote ; dcterms:source ?letter . OPTIONAL { ?g kg:inSentence ?st . ?st kg:number ?sn } }
            } ORDER BY ?p ?x ?g ?sn""".formatted(pattern));
        Map<List<Node>, Fact> facts = new LinkedHashMap<>();
        for (Binding b : rows) {
            Node x = b.get("x");
            Node p = b.get("p");
            List<Node> key = List.of(p, x);
            Fact f = facts.computeIfAbsent(key, k -> new Fact(outgoing ? iri : x, p, outgoing ? x : iri, new ArrayList<>()));
            if (b.get("quote") != null) {
                int sn = b.get("sn") == null ? 0 : Integer.parseInt(b.get("sn").getLiteralLexicalForm());
                Source src = new Source(b.get("g"), b.get("quote").getLiteralLexicalForm(), sn, b.get("letter"));
                if (f.sources().stream().noneMatch(o -> o.claim().equals(src.claim())))
                    f.sources().add(src);
            }
        }
        return new ArrayList<>(facts.values());
    }
}
