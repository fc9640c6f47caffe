package org.karabakhkg.rdf;

import org.apache.jena.graph.Node;
import org.karabakhkg.text.Part;
import org.karabakhkg.vocab.Vocab;

/**
 * The IRIs of one letter, all under {@code https://w3id.org/karabakh-kg/letter/ID}: the same letter
 * always gets the same IRIs.
 */
public record Iris(String letterId) {
    public static final Node ENTITIES_GRAPH = Vocab.iri(Vocab.GRAPH + "entities");
    public static final Node ONTOLOGY_GRAPH = Vocab.iri(Vocab.GRAPH + "ontology");

    private String base() {
        return Vocab.LETTER + letterId;
    }

    public Node letter() {
        return Vocab.iri(base());
    }

    public Node textGraph() {
        return Vocab.iri(base() + "/graph/text");
    }

    public Node provenanceGraph() {
        return Vocab.iri(base() + "/graph/provenance");
    }

    public Node mentionsGraph() {
        return Vocab.iri(base() + "/graph/mentions");
    }

    public Node dossier(String dossier) {
        return Vocab.iri(Vocab.BASE + "dossier/" + dossier.replaceAll("[^A-Za-z0-9-]", ""));
    }

    public Node part(Part p) {
        return switch (p.kind()) {
            case PARAGRAPH -> Vocab.iri(base() + "/paragraph/" + p.number());
            case FOOTNOTE -> footnote(p.number());
            case CLOSING -> Vocab.iri(base() + "/closing/" + p.number());
        };
    }

    public Node footnote(int n) {
        return Vocab.iri(base() + "/footnote/" + n);
    }

    public Node footnoteRef(int n) {
        return Vocab.iri(base() + "/footnote/" + n + "/reference");
    }

    public Node sentence(int n) {
        return Vocab.iri(base() + "/sentence/" + n);
    }

    public Node claim(String id) {
        return Vocab.iri(base() + "/claim/" + id);
    }

    public Node mention(String key) {
        return Vocab.iri(base() + "/mention/" + key);
    }

    /** The base of the targets that ground a claim or mention; pieces append "-1", "-2". */
    public String target(Node of) {
        return of.getURI() + "/target";
    }

    public String context(Node claim, int n) {
        return claim.getURI() + "/context/" + n;
    }
}
