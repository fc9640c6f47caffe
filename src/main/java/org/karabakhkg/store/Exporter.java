package org.karabakhkg.store;

import java.io.OutputStream;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.karabakhkg.rdf.Iris;
import org.karabakhkg.vocab.Vocab;

/**
 * Writes a dataset out, byte for byte the same for the same content: quads are sorted before they are
 * written. Turtle holds the claims' assertions and the entities as one graph; TriG, N-Quads and JSON-LD
 * keep every named graph with its provenance.
 */
public final class Exporter {
    private static final Comparator<Quad> ORDER = Comparator.comparing(NodeFmtLib::str);

    private Exporter() {}

    public static void export(DatasetGraph dsg, ExportFormat format, OutputStream out) {
        List<Quad> quads = dsg.stream().sorted(ORDER).toList();
        switch (format) {
            case NQUADS -> {
                StreamRDF s = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
                s.start();
                quads.forEach(s::quad);
                s.finish();
            }
            case TURTLE -> RDFWriter.source(cleanGraph(dsg, quads)).format(RDFFormat.TURTLE_PRETTY).output(out);
            case TRIG -> RDFWriter.source(sortedCopy(quads)).format(RDFFormat.TRIG_PRETTY).output(out);
            case JSONLD -> RDFWriter.source(sortedCopy(quads)).format(RDFFormat.JSONLD11_PRETTY).output(out);
        }
    }

    /** The claims' assertions and the entities, merged into one graph. */
    static Graph cleanGraph(DatasetGraph dsg, List<Quad> sorted) {
        java.util.Set<Node> claims = new java.util.HashSet<>();
        dsg.find(Node.ANY, Node.ANY, Vocab.RDF.type, Vocab.KGV.Claim).forEachRemaining(q -> claims.add(q.getSubject()));
        Graph g = GraphFactory.createDefaultGraph();
        prefixes(g);
        for (Quad q : sorted) {
            if (claims.contains(q.getGraph()) || q.getGraph().equals(Iris.ENTITIES_GRAPH))
                g.add(q.asTriple());
        }
        return g;
    }

    private static DatasetGraph sortedCopy(List<Quad> sorted) {
        DatasetGraph copy = DatasetGraphFactory.create();
        sorted.forEach(copy::add);
        Vocab.prefixes().forEach((p, ns) -> copy.prefixes().add(p, ns));
        return copy;
    }

    private static void prefixes(Graph g) {
        Vocab.prefixes().forEach((p, ns) -> g.getPrefixMapping().setNsPrefix(p, ns));
    }
}
