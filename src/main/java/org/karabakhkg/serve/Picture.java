package org.karabakhkg.serve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;

import static org.karabakhkg.serve.Html.esc;
import static org.karabakhkg.serve.ResourceServlet.Paths.href;

/**
 * An SVG of actors, events and agreements and the statements that connect them, laid out in three
 * columns: actors left, events in the middle, agreements and documents right. Server-rendered, no script.
 */
final class Picture {
    private static final int ROW = 22;
    private static final int[] COLUMN_X = { 20, 360, 900 };
    /** Where each column's names end, and how many characters of a name fit. */
    private static final int[] COLUMN_RIGHT = { 270, 760, 1290 };
    private static final int[] COLUMN_CHARS = { 40, 66, 62 };
    private static final String[] COLOURS = { "#12355b", "#8a5a00", "#1d6b3a" };

    private final GraphView view;

    Picture(GraphView view) {
        this.view = view;
    }

    String svg() {
        List<List<Node>> columns = List.of(
            nodes("?x a ?c . VALUES ?c { kg:State kg:InternationalOrganization kg:NonGovernmentalOrganization kg:Government foaf:Person }"),
            nodes("?x a ?c . ?c rdfs:subClassOf+ sem:Event"),
            nodes("?x a ?c . VALUES ?c { kg:Agreement kg:Resolution kg:Motion kg:Declaration kg:Report kg:Proposal kg:Policy }"));
        Map<Node, int[]> at = new HashMap<>();
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < columns.get(c).size(); i++)
                at.putIfAbsent(columns.get(c).get(i), new int[] { c, 40 + i * ROW });
        }
        int height = 60 + ROW * columns.stream().mapToInt(List::size).max().orElse(1);
        StringBuilder b = new StringBuilder();
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"1300\" height=\"")
            .append(height).append("\" viewBox=\"0 0 1300 ").append(height).append("\" font-family=\"sans-serif\" font-size=\"12\">")
            .append("<title>Actors, events and agreements</title>");
        String[] heads = { "Actors · Actoren", "Events · Gebeurtenissen", "Agreements and documents · Akkoorden en documenten" };
        for (int c = 0; c < 3; c++)
            b.append("<text x=\"").append(COLUMN_X[c]).append("\" y=\"20\" font-weight=\"bold\">").append(esc(heads[c])).append("</text>");
        Set<String> drawn = new LinkedHashSet<>();
        for (Binding r : view.select("SELECT DISTINCT ?s ?o WHERE { ?g a kg:Claim . GRAPH ?g { ?s ?p ?o } FILTER(isIRI(?o)) }")) {
            int[] a = at.get(r.get("s"));
            int[] z = at.get(r.get("o"));
            if (a == null || z == null || a == z || !drawn.add(r.get("s") + " " + r.get("o")))
                continue;
            int x1 = anchor(a[0], z[0]);
            int x2 = anchor(z[0], a[0]);
            int mid = (x1 + x2) / 2;
            b.append("<path d=\"M").append(x1).append(',').append(a[1] - 4).append(" C").append(mid).append(',').append(a[1] - 4)
                .append(' ').append(mid).append(',').append(z[1] - 4).append(' ').append(x2).append(',').append(z[1] - 4)
                .append("\" fill=\"none\" stroke=\"#7a8ca3\" stroke-opacity=\"0.45\"/>");
        }
        at.forEach((n, p) -> {
            String name = view.show(n);
            int max = COLUMN_CHARS[p[0]];
            if (name.length() > max)
                name = name.substring(0, max - 2) + "…";
            b.append("<a xlink:href=\"").append(esc(href(n))).append("\" href=\"").append(esc(href(n))).append("\"><text x=\"")
                .append(COLUMN_X[p[0]]).append("\" y=\"").append(p[1]).append("\" fill=\"").append(COLOURS[p[0]]).append("\">")
                .append(esc(name)).append("</text></a>");
        });
        return b.append("</svg>").toString();
    }

    /** Lines leave a column on the side facing the other end. */
    private static int anchor(int column, int towards) {
        return towards > column || (towards == column && column == 0) ? COLUMN_RIGHT[column] : COLUMN_X[column] - 6;
    }

    private List<Node> nodes(String pattern) {
        List<Node> out = new ArrayList<>(new LinkedHashSet<>(view.select("SELECT DISTINCT ?x WHERE { " + pattern + " }")
            .stream().map(r -> r.get("x")).toList()));
        out.sort((x, y) -> view.show(x).compareToIgnoreCase(view.show(y)));
        return out;
    }
}
