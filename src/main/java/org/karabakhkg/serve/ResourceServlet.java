package org.karabakhkg.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.karabakhkg.rdf.Iris;
import org.karabakhkg.vocab.Vocab;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import static org.karabakhkg.serve.Html.esc;
import static org.karabakhkg.serve.Html.link;

/**
 * Dereferences the IRIs the graph mints: {@code /id/…}, {@code /resource/…}, {@code /letter/…} on this
 * server stand for {@code https://w3id.org/karabakh-kg/…}. A browser gets a page; tools get Turtle,
 * JSON-LD or N-Triples by content negotiation. Unknown IRIs and tricky paths get 404.
 */
final class ResourceServlet extends HttpServlet {
    private final GraphView view;

    ResourceServlet(GraphView view) {
        this.view = view;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String raw = req.getRequestURI();
        Node iri = Paths.iriOf(raw);
        if (iri == null || !view.exists(iri)) {
            Responses.notFound(resp, raw);
            return;
        }
        String type = Negotiation.choose(req.getHeader("Accept"));
        resp.setHeader("Vary", "Accept");
        if (type == null) {
            resp.setStatus(HttpServletResponse.SC_NOT_ACCEPTABLE);
            Responses.text(resp, "text/plain", "406 Not Acceptable: offered " + String.join(", ", Negotiation.OFFERED) + "\n");
            return;
        }
        if (type.equals(Negotiation.HTML)) {
            Responses.text(resp, "text/html", new Pages(view).resource(iri));
            return;
        }
        RDFFormat format = switch (type) {
            case Negotiation.JSONLD -> RDFFormat.JSONLD11_PRETTY;
            case Negotiation.NTRIPLES -> RDFFormat.NTRIPLES;
            default -> RDFFormat.TURTLE_PRETTY;
        };
        Graph g = description(iri);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFWriter.source(g).format(format).output(out);
        Responses.text(resp, type, out.toString(StandardCharsets.UTF_8));
    }

    /**
     * What the store says with the IRI as subject, and, for a named graph (a claim, the entities), everything
     * in it. The ontology's IRI stands for the whole vocabulary: its terms are {@code ontology#Term}.
     */
    private Graph description(Node iri) {
        Graph g = GraphFactory.createDefaultGraph();
        Vocab.prefixes().forEach((p, ns) -> g.getPrefixMapping().setNsPrefix(p, ns));
        Node graph = iri.getURI().equals(ONTOLOGY) ? Iris.ONTOLOGY_GRAPH : iri;
        Txn.executeRead(view.dataset(), () -> {
            view.dataset().find(Node.ANY, iri, Node.ANY, Node.ANY).forEachRemaining(q -> g.add(q.asTriple()));
            view.dataset().find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> g.add(q.asTriple()));
        });
        return g;
    }

    private static final String ONTOLOGY = Vocab.BASE + "ontology";

    /** Maps between this server's paths and the graph's IRIs. */
    static final class Paths {
        private Paths() {}

        /** The IRI a request path stands for, or null for a path that is not a plain one. */
        static Node iriOf(String rawPath) {
            if (rawPath == null || !rawPath.startsWith("/") || rawPath.contains("..") || rawPath.contains("//")
                || rawPath.contains("%") || rawPath.contains("\\") || !rawPath.matches("/[A-Za-z0-9._~/-]+"))
                return null;
            return NodeFactory.createURI(Vocab.BASE + rawPath.substring(1));
        }

        /** The local link for a node: a path on this server for our IRIs, the IRI itself otherwise. */
        static String href(Node n) {
            String iri = n.getURI();
            return iri.startsWith(Vocab.BASE) ? "/" + iri.substring(Vocab.BASE.length()) : iri;
        }
    }

    /** Renders the page of a resource. */
    static final class Pages {
        private final GraphView view;

        Pages(GraphView view) {
            this.view = view;
        }

        String resource(Node iri) {
            StringBuilder b = new StringBuilder();
            GraphView.Names names = view.names(iri);
            String title = names == null ? view.show(iri) : names.best();
            b.append("<h1>").append(esc(names != null && names.nl() != null ? names.nl() : title)).append("</h1>");
            if (names != null && names.en() != null && !names.en().equals(names.nl()))
                b.append("<p class=\"en\">").append(esc(names.en())).append("</p>");
            b.append("<p><small>").append(esc(iri.getURI())).append("</small></p>");
            List<GraphView.Fact> out = view.facts(iri, true);
            types(b, out);
            if (isA(out, Vocab.KGV.Letter))
                new LetterPage(view).render(iri, b);
            if (iri.getURI().equals(ONTOLOGY))
                vocabulary(b);
            b.append("<h2>Facts · Feiten</h2>");
            facts(b, out, true);
            List<GraphView.Fact> in = view.facts(iri, false);
            if (!in.isEmpty()) {
                b.append("<h2>Said of it elsewhere · Elders gezegd</h2>");
                facts(b, in, false);
            }
            claimGraph(iri, b);
            mentions(iri, b);
            return Html.page(title, b.toString());
        }

        /** The terms of the vocabulary, each with its names and definition; anchors serve {@code ontology#Term}. */
        private void vocabulary(StringBuilder b) {
            b.append("<h2>Terms · Termen</h2><table>");
            for (Binding r : view.select("SELECT ?t ?def WHERE { GRAPH <" + Iris.ONTOLOGY_GRAPH.getURI() + "> { ?t a ?k . "
                + "OPTIONAL { ?t skos:definition ?def FILTER(lang(?def) = \"en\") } } FILTER(STRSTARTS(STR(?t), STR(kg:))) } ORDER BY ?t")) {
                String local = r.get("t").getURI().substring(Vocab.KG.length());
                GraphView.Names n = view.names(r.get("t"));
                b.append("<tr id=\"").append(esc(local)).append("\"><td><code>kg:").append(esc(local)).append("</code></td><td>")
                    .append(n == null ? "" : esc(n.nl()) + " · " + esc(n.en())).append("</td><td>")
                    .append(r.get("def") == null ? "" : esc(r.get("def").getLiteralLexicalForm())).append("</td></tr>");
            }
            b.append("</table>");
        }

        private static boolean isA(List<GraphView.Fact> facts, Node type) {
            return facts.stream().anyMatch(f -> f.predicate().equals(Vocab.RDF.type) && f.object().equals(type));
        }

        private void types(StringBuilder b, List<GraphView.Fact> facts) {
            b.append("<p>");
            facts.stream().filter(f -> f.predicate().equals(Vocab.RDF.type)).map(GraphView.Fact::object).distinct()
                .forEach(t -> b.append("<span class=\"type\">").append(link(Paths.href(t), view.show(t))).append("</span>"));
            b.append("</p>");
        }

        private void facts(StringBuilder b, List<GraphView.Fact> facts, boolean outgoing) {
            b.append("<table class=\"facts\">");
            for (GraphView.Fact f : facts) {
                if (outgoing && (f.predicate().equals(Vocab.RDF.type) || f.predicate().equals(Vocab.SCHEMA.text)))
                    continue;
                Node other = outgoing ? f.object() : f.subject();
                b.append("<tr><td>").append(outgoing ? "" : "is ").append(esc(view.show(f.predicate()))).append(outgoing ? "" : " of")
                    .append("</td><td>").append(node(other));
                for (GraphView.Source s : f.sources()) {
                    b.append("<blockquote>“").append(esc(s.quote())).append("”");
                    if (s.sentence() > 0)
                        b.append(" — ").append(link(Paths.href(s.letter()) + "#s-" + s.sentence(), "sentence " + s.sentence()));
                    b.append(" · ").append(link(Paths.href(s.claim()), "claim")).append("</blockquote>");
                }
                b.append("</td></tr>");
            }
            b.append("</table>");
        }

        String node(Node n) {
            if (n.isLiteral()) {
                String lang = n.getLiteralLanguage();
                String dt = n.getLiteralDatatypeURI();
                String suffix = !lang.isEmpty() ? " <small>@" + esc(lang) + "</small>"
                    : dt != null && !dt.endsWith("#string") ? " <small>" + esc(Vocab.prefixes().abbreviate(dt) != null ? Vocab.prefixes().abbreviate(dt) : dt) + "</small>" : "";
                String text = n.getLiteralLexicalForm();
                if (text.length() > 600)
                    text = text.substring(0, 600) + "…";
                return esc(text) + suffix;
            }
            if (n.isURI())
                return link(Paths.href(n), view.show(n));
            return esc(n.toString());
        }

        /** For a claim: the statements of its own graph. */
        private void claimGraph(Node iri, StringBuilder b) {
            List<Binding> rows = view.select("SELECT ?s ?p ?o WHERE { GRAPH <" + iri.getURI() + "> { ?s ?p ?o } } ORDER BY ?s ?p ?o");
            if (rows.isEmpty())
                return;
            b.append("<h2>What this claim states · Wat deze bewering stelt</h2><table class=\"facts\">");
            for (Binding r : rows) {
                b.append("<tr><td>").append(node(r.get("s"))).append("</td><td>").append(esc(view.show(r.get("p"))))
                    .append("</td><td>").append(node(r.get("o"))).append("</td></tr>");
            }
            b.append("</table>");
        }

        /** Sentences the automatic layer found the resource in. */
        private void mentions(Node iri, StringBuilder b) {
            List<Binding> rows = view.select("SELECT DISTINCT ?sn ?text ?letter WHERE { ?m kg:mentions <" + iri.getURI()
                + "> ; kg:inSentence ?s . ?s kg:number ?sn ; kg:text ?text ; dcterms:isPartOf ?letter . ?letter a kg:Letter } ORDER BY ?sn");
            if (rows.isEmpty())
                return;
            b.append("<h2>Mentioned in · Genoemd in</h2><ul>");
            for (Binding r : rows) {
                int sn = Integer.parseInt(r.get("sn").getLiteralLexicalForm());
                b.append("<li>").append(link(Paths.href(r.get("letter")) + "#s-" + sn, "sentence " + sn)).append(": ")
                    .append(esc(r.get("text").getLiteralLexicalForm())).append("</li>");
            }
            b.append("</ul>");
        }
    }

    /** The letter with its text, the words claims rest on marked. */
    static final class LetterPage {
        private final GraphView view;

        LetterPage(GraphView view) {
            this.view = view;
        }

        void render(Node letter, StringBuilder b) {
            String l = "<" + letter.getURI() + ">";
            List<Binding> sentences = view.select("SELECT ?s ?sn ?text ?part ?kind WHERE { ?s a kg:Sentence ; kg:number ?sn ; kg:text ?text ; "
                + "dcterms:isPartOf ?part , " + l + " . ?part a ?kind . FILTER(?kind IN (kg:Paragraph, kg:Footnote, kg:Closing)) } ORDER BY ?sn");
            Map<String, List<String[]>> quotes = new TreeMap<>();
            for (Binding r : view.select("SELECT ?s ?claim ?quote WHERE { ?claim a kg:Claim ; kg:inSentence ?s ; kg:quote ?quote ; dcterms:source " + l + " }")) {
                quotes.computeIfAbsent(r.get("s").getURI(), k -> new ArrayList<>())
                    .add(new String[] { r.get("claim").getURI(), r.get("quote").getLiteralLexicalForm() });
            }
            b.append("<h2>The letter · De brief</h2><div class=\"letter\">");
            Node part = null;
            for (Binding r : sentences) {
                if (!r.get("part").equals(part)) {
                    if (part != null)
                        b.append("</p>");
                    part = r.get("part");
                    boolean fn = r.get("kind").equals(Vocab.KGV.Footnote);
                    b.append(fn ? "<p class=\"fn\"><sup>" + esc(view.show(part)).replaceAll(".*?(\\d+)$", "$1") + "</sup> " : "<p>");
                }
                int sn = Integer.parseInt(r.get("sn").getLiteralLexicalForm());
                String text = r.get("text").getLiteralLexicalForm();
                b.append("<span class=\"s\" id=\"s-").append(sn).append("\">")
                    .append(marked(text, quotes.getOrDefault(r.get("s").getURI(), List.of()))).append("</span> ");
            }
            if (part != null)
                b.append("</p>");
            b.append("</div>");
        }

        /** The sentence with the stretches claims quote marked, and a link to each claim after it. */
        private String marked(String text, List<String[]> claims) {
            boolean[] covered = new boolean[text.length()];
            for (String[] c : claims) {
                String q = c[1];
                int at = text.indexOf(q);
                if (at < 0) {
                    // A quote that runs over into the next sentence: mark what of it stands here.
                    for (int len = Math.min(q.length(), text.length()); len > 8 && at < 0; len--) {
                        if (text.endsWith(q.substring(0, len)))
                            at = text.length() - len;
                        else if (text.startsWith(q.substring(q.length() - len)))
                            at = 0;
                    }
                    if (at < 0)
                        continue;
                }
                for (int i = at; i < Math.min(text.length(), at + q.length()); i++)
                    covered[i] = true;
            }
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < text.length(); ) {
                int j = i;
                while (j < text.length() && covered[j] == covered[i])
                    j++;
                String piece = esc(text.substring(i, j));
                sb.append(covered[i] ? "<mark>" + piece + "</mark>" : piece);
                i = j;
            }
            List<String[]> sorted = new ArrayList<>(claims);
            sorted.sort(Comparator.comparing(c -> c[0]));
            for (String[] c : sorted) {
                String id = c[0].substring(c[0].lastIndexOf('/') + 1);
                sb.append("<a class=\"q\" title=\"").append(esc(id)).append("\" href=\"").append(esc(Paths.href(NodeFactory.createURI(c[0]))))
                    .append("\">[").append(esc(id)).append("]</a>");
            }
            return sb.toString();
        }
    }
}
