package org.karabakhkg.vocab;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.karabakhkg.text.Folding;

/** The vocabulary in {@code ontology/kg.ttl}, and the SHACL shapes beside it. */
public record Ontology(Graph vocabulary, Graph shapes) {
    public static final String VOCABULARY = "kg.ttl";
    public static final String SHAPES = "shapes.ttl";

    public static Ontology load(Path dir) {
        return new Ontology(RdfFiles.readTurtle(dir.resolve(VOCABULARY)), RdfFiles.readTurtle(dir.resolve(SHAPES)));
    }

    /** The folded words that license a qualifier concept in a quote. */
    public List<String> qualifierWords(Node concept) {
        return vocabulary.find(concept, Vocab.SKOS.hiddenLabel, Node.ANY).mapWith(Triple::getObject)
            .filterKeep(Node::isLiteral).mapWith(n -> Folding.fold(n.getLiteralLexicalForm())).toList();
    }

    /** Classes that are {@code sem:Event} or below it. */
    public Set<Node> eventClasses() {
        Set<Node> out = new HashSet<>();
        out.add(Vocab.SEM.Event);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Triple t : vocabulary.find(Node.ANY, Vocab.RDFS.subClassOf, Node.ANY).toList()) {
                if (out.contains(t.getObject()) && out.add(t.getSubject()))
                    grew = true;
            }
        }
        return out;
    }

    /** Whether the vocabulary defines {@code term}. */
    public boolean defines(Node term) {
        return vocabulary.contains(term, Vocab.RDF.type, Node.ANY);
    }
}
