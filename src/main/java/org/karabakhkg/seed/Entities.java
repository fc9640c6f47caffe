package org.karabakhkg.seed;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.karabakhkg.KgException;
import org.karabakhkg.text.Folding;
import org.karabakhkg.vocab.RdfFiles;
import org.karabakhkg.vocab.Vocab;

/**
 * The curated entities of {@code seeds/entities.ttl}: what exists, and the names a text may call it by
 * (SKOS preferred, alternative and hidden labels, and rdfs:label).
 */
public final class Entities {
    private static final Node[] NAME_PROPERTIES = { Vocab.SKOS.prefLabel, Vocab.SKOS.altLabel, Vocab.SKOS.hiddenLabel, Vocab.RDFS.label };

    private final Graph graph;
    private final Map<Node, List<Name>> names = new LinkedHashMap<>();

    /**
     * A name an entity goes by. Acronyms of up to five capitals ("OP", "VS", "EU") match only in
     * capitals, so that the Dutch word "op" is not the Eastern Partnership.
     */
    public record Name(String written, String folded, boolean exactCase) {
        static Name of(String written) {
            String w = Folding.collapseWhitespace(written);
            return new Name(w, Folding.fold(w), w.length() <= 5 && w.equals(w.toUpperCase(java.util.Locale.ROOT)) && w.chars().anyMatch(Character::isLetter));
        }

        /** Where this name next stands in the text, from {@code from}; the text as is and folded keeping length. */
        public int indexIn(String text, String foldedKeepingLength, int from) {
            return exactCase ? Folding.indexOfWords(text, written, from) : Folding.indexOfWords(foldedKeepingLength, folded, from);
        }
    }

    private Entities(Graph graph) {
        this.graph = graph;
        graph.find(Node.ANY, Vocab.RDF.type, Node.ANY).mapWith(Triple::getSubject)
            .filterKeep(s -> s.isURI() && s.getURI().startsWith(Vocab.ENT)).toSet().stream()
            .sorted((a, b) -> a.getURI().compareTo(b.getURI()))
            .forEach(e -> names.put(e, foldedNames(e)));
    }

    public static Entities load(Path file) {
        Graph g = RdfFiles.readTurtle(file);
        RdfFiles.requireNoBlankNodes(g, file.toString());
        g.find().forEachRemaining(t -> {
            Node s = t.getSubject();
            if (s.isURI() && s.getURI().startsWith(Vocab.ENT) && !g.contains(s, Vocab.RDF.type, Node.ANY))
                throw new KgException(file + ": entity <" + s.getURI() + "> has no rdf:type");
        });
        return new Entities(g);
    }

    public Graph graph() {
        return graph;
    }

    public boolean contains(Node iri) {
        return names.containsKey(iri);
    }

    public Node byId(String id) {
        return Vocab.iri(Vocab.ENT + id);
    }

    public int size() {
        return names.size();
    }

    /** Every entity with its names, in IRI order. */
    public Map<Node, List<Name>> names() {
        return Collections.unmodifiableMap(names);
    }

    /** Whether one of the entity's names stands, as whole words, in the text. */
    public boolean namedIn(Node entity, String text) {
        String folded = Folding.foldKeepingLength(text);
        return names.getOrDefault(entity, List.of()).stream().anyMatch(n -> n.indexIn(text, folded, 0) >= 0);
    }

    private List<Name> foldedNames(Node e) {
        List<Name> out = new ArrayList<>();
        for (Node p : NAME_PROPERTIES) {
            graph.find(e, p, Node.ANY).forEachRemaining(t -> {
                if (t.getObject().isLiteral()) {
                    Name n = Name.of(t.getObject().getLiteralLexicalForm());
                    if (!n.folded().isEmpty() && out.stream().noneMatch(o -> o.written().equals(n.written())))
                        out.add(n);
                }
            });
        }
        return out;
    }
}
