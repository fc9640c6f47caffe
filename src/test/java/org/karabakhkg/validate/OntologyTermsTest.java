package org.karabakhkg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;
import org.karabakhkg.vocab.Ontology;
import org.karabakhkg.vocab.Vocab;

/** Every term the project mints has a name in Dutch and in English and a definition. */
class OntologyTermsTest {
    @Test
    void everyOwnTermIsNamedInDutchAndEnglishAndDefined() {
        Graph g = Ontology.load(Path.of("ontology")).vocabulary();
        Node definition = Vocab.iri(Vocab.SKOS_NS + "definition");
        List<String> missing = new ArrayList<>();
        for (Node term : g.find(Node.ANY, Vocab.RDF.type, Node.ANY).mapWith(Triple::getSubject).toSet()) {
            if (!term.isURI() || !term.getURI().startsWith(Vocab.KG))
                continue;
            boolean concept = g.contains(term, Vocab.RDF.type, Vocab.iri(Vocab.SKOS_NS + "Concept"))
                || g.contains(term, Vocab.RDF.type, Vocab.iri(Vocab.SKOS_NS + "ConceptScheme"));
            Node name = concept ? Vocab.SKOS.prefLabel : Vocab.RDFS.label;
            for (String lang : Set.of("nl", "en")) {
                boolean has = g.find(term, name, Node.ANY).toList().stream().anyMatch(t -> t.getObject().getLiteralLanguage().equals(lang));
                if (!has)
                    missing.add(term.getLocalName() + " has no " + lang + " name");
            }
            if (!g.contains(term, definition, Node.ANY) && !g.contains(term, Vocab.RDF.type, Vocab.iri(Vocab.SKOS_NS + "ConceptScheme")))
                missing.add(term.getLocalName() + " has no definition");
        }
        missing.sort(null);
        assertEquals(List.of(), missing);
    }
}
