package org.karabakhkg.validate;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.karabakhkg.rdf.GraphBuilder;
import org.karabakhkg.text.LetterText;
import org.karabakhkg.vocab.Ontology;
import org.karabakhkg.vocab.Vocab;

/** Both checks over a dataset: SHACL shapes and grounding. */
public final class Validation {
    private static final int SHOWN = 50;

    private Validation() {}

    /** Checks a fresh build against the texts it was mapped from. */
    public static List<Finding> ofBuild(GraphBuilder.Result result, Ontology ontology) {
        Map<Node, String> texts = new HashMap<>();
        result.texts().forEach((iri, t) -> texts.put(iri, t.original()));
        return check(result.dataset(), ontology, texts);
    }

    /**
     * Checks a store against the letters' texts it holds, and those texts against the seed files they
     * came from, where {@code seeds} still has them.
     */
    public static List<Finding> ofStore(DatasetGraph dsg, Ontology ontology, Path seeds) {
        Map<Node, String> texts = new HashMap<>();
        List<Finding> out = new ArrayList<>();
        dsg.find(Node.ANY, Node.ANY, Vocab.RDF.type, Vocab.KGV.Letter).forEachRemaining(q -> {
            Node letter = q.getSubject();
            String text = literal(dsg, letter, Vocab.SCHEMA.text);
            String file = literal(dsg, letter, Vocab.KGV.sourceFile);
            String sha = literal(dsg, letter, Vocab.KGV.sha256);
            if (text != null)
                texts.put(letter, text);
            if (file != null && seeds != null && Files.exists(seeds.resolve(file))) {
                String now = LetterText.sha256(seeds.resolve(file));
                if (!now.equals(sha))
                    out.add(new Finding("grounding", letter.getURI(), seeds.resolve(file) + " changed since the store was built; run 'build'"));
            }
        });
        out.addAll(check(dsg, ontology, texts));
        return out;
    }

    private static List<Finding> check(DatasetGraph dsg, Ontology ontology, Map<Node, String> texts) {
        Graph union = GraphFactory.createDefaultGraph();
        dsg.find().forEachRemaining(q -> union.add(q.asTriple()));
        List<Finding> out = new ArrayList<>(ShapeCheck.check(ontology.shapes(), union));
        out.addAll(GroundingCheck.check(union, texts));
        return out;
    }

    public static void print(List<Finding> findings, PrintWriter err) {
        findings.stream().limit(SHOWN).forEach(f -> err.println("  " + f));
        if (findings.size() > SHOWN)
            err.println("  ... and " + (findings.size() - SHOWN) + " more");
        err.flush();
    }

    private static String literal(DatasetGraph dsg, Node s, Node p) {
        var it = dsg.find(Node.ANY, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
    }
}
