package org.karabakhkg.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;
import org.karabakhkg.KgException;
import org.karabakhkg.query.Question;
import org.karabakhkg.query.Questions;
import org.karabakhkg.query.ResultFormat;
import org.karabakhkg.query.Sparql;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import static org.karabakhkg.serve.Html.esc;
import static org.karabakhkg.serve.Html.link;
import static org.karabakhkg.serve.ResourceServlet.Paths.href;

/** The pages under {@code /browse}: index, timeline, picture, and the competency questions. */
final class BrowseServlet extends HttpServlet {
    private final GraphView view;
    private final Path queries;

    BrowseServlet(GraphView view, Path queries) {
        this.view = view;
        this.queries = queries;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI();
        switch (path) {
            case "/browse", "/browse/" -> Responses.text(resp, "text/html", index());
            case "/browse/timeline" -> Responses.text(resp, "text/html", timeline());
            case "/browse/graph" -> Responses.text(resp, "text/html", Html.page("Picture",
                "<h1>Actors, agreements and events</h1><p>Each line is a statement of a claim; click a name for its page.</p>"
                    + new Picture(view).svg()));
            case "/browse/graph.svg" -> Responses.text(resp, "image/svg+xml", new Picture(view).svg());
            case "/browse/questions" -> Responses.text(resp, "text/html", questions());
            default -> {
                if (path.startsWith("/browse/questions/") && path.substring(18).matches("[a-z0-9-]+"))
                    question(path.substring(18), resp);
                else
                    Responses.notFound(resp, path);
            }
        }
    }

    private String index() {
        StringBuilder b = new StringBuilder("<h1>karabakh-kg</h1><p>What Dutch government letters say about the conflict between "
            + "Armenia and Azerbaijan, every fact with the words of the letter that state it.</p><h2>Letters · Brieven</h2><ul>");
        for (Binding r : view.select("SELECT ?l ?date ?title WHERE { ?l a kg:Letter ; dcterms:date ?date ; dcterms:title ?title FILTER(lang(?title) = \"nl\") } ORDER BY ?date"))
            b.append("<li>").append(esc(r.get("date").getLiteralLexicalForm())).append(" ").append(link(href(r.get("l")), r.get("title").getLiteralLexicalForm())).append("</li>");
        b.append("</ul>");
        section(b, "Actors · Actoren", "?x a ?c . VALUES ?c { kg:State kg:InternationalOrganization kg:NonGovernmentalOrganization kg:Government foaf:Person org:Post }");
        section(b, "Agreements and documents · Akkoorden en documenten", "?x a ?c . VALUES ?c { kg:Agreement kg:Resolution kg:Motion kg:Declaration kg:Report kg:Proposal kg:Policy }");
        section(b, "Events · Gebeurtenissen", "?x a ?c . ?c rdfs:subClassOf+ sem:Event");
        return Html.page("Index", b.toString());
    }

    private void section(StringBuilder b, String title, String pattern) {
        Map<String, List<Node>> byType = new LinkedHashMap<>();
        for (Binding r : view.select("SELECT DISTINCT ?x ?c WHERE { " + pattern + " } ORDER BY ?c ?x"))
            byType.computeIfAbsent(view.show(r.get("c")), k -> new ArrayList<>()).add(r.get("x"));
        b.append("<h2>").append(esc(title)).append("</h2>");
        byType.forEach((type, nodes) -> {
            b.append("<h3>").append(esc(type)).append("</h3><ul>");
            nodes.stream().sorted((x, y) -> view.show(x).compareToIgnoreCase(view.show(y)))
                .forEach(n -> b.append("<li>").append(link(href(n), view.show(n))).append("</li>"));
            b.append("</ul>");
        });
    }

    private String timeline() {
        StringBuilder b = new StringBuilder("<h1>Timeline · Tijdlijn</h1><p>Events in date order, each date with the precision the letter gives it.</p>"
            + "<table><tr><th>When</th><th>Precision</th><th>As written</th><th>Event</th></tr>");
        for (Binding r : view.select("""
            SELECT ?e ?when ?p ?asWritten WHERE {
              ?e a ?type . ?type rdfs:subClassOf* sem:Event .
              { ?e sem:hasTimeStamp ?when } UNION { ?e sem:hasEarliestBeginTimeStamp ?when FILTER NOT EXISTS { ?e sem:hasTimeStamp ?t } }
              OPTIONAL { ?e kg:timePrecision ?p } OPTIONAL { ?e kg:timeText ?asWritten }
            } ORDER BY STR(?when) ?e""")) {
            b.append("<tr><td>").append(esc(r.get("when").getLiteralLexicalForm())).append("</td><td>")
                .append(r.get("p") == null ? "" : esc(view.show(r.get("p")))).append("</td><td>")
                .append(r.get("asWritten") == null ? "" : "“" + esc(r.get("asWritten").getLiteralLexicalForm()) + "”").append("</td><td>")
                .append(link(href(r.get("e")), view.show(r.get("e")))).append("</td></tr>");
        }
        return Html.page("Timeline", b.append("</table>").toString());
    }

    private String questions() {
        StringBuilder b = new StringBuilder("<h1>Questions · Vragen</h1><p>The competency questions of <code>queries/</code>: "
            + "click one to see its answer, or copy its SPARQL into the <a href=\"/#/dataset/kg/query\">query editor</a>.</p><table>");
        for (Question q : Questions.load(queries)) {
            b.append("<tr><td>").append(link("/browse/questions/" + q.name(), q.name())).append("</td><td>").append(esc(q.questionEn()))
                .append("<br><small>").append(esc(q.questionNl())).append("</small></td></tr>");
        }
        return Html.page("Questions", b.append("</table>").toString());
    }

    private void question(String name, HttpServletResponse resp) throws IOException {
        Question q;
        try {
            q = Questions.resolve(name, queries);
        } catch (KgException e) {
            Responses.notFound(resp, "/browse/questions/" + name);
            return;
        }
        var query = Sparql.parse(q.text(), q.name());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Txn.executeRead(view.dataset(), () -> Sparql.run(view.dataset(), query, 10_000, ResultFormat.defaultFor(query), out));
        String body = "<h1>" + esc(q.questionEn()) + "</h1><p class=\"en\">" + esc(q.questionNl()) + "</p>"
            + "<p><b>A correct answer:</b> " + esc(q.answer()) + "</p><h2>Answer</h2><pre id=\"answer\">" + esc(out.toString(StandardCharsets.UTF_8))
            + "</pre><h2>SPARQL</h2><pre>" + esc(q.text()) + "</pre>";
        Responses.text(resp, "text/html", Html.page(q.name(), body));
    }
}
