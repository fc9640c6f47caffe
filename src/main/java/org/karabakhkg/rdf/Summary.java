package org.karabakhkg.rdf;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.karabakhkg.vocab.Ontology;
import org.karabakhkg.vocab.Vocab;

/** What a build or a store holds, for the one-screen summary every command ends with. */
public record Summary(int letters, int claims, int entities, int events, int mentions, long triples, List<String> warnings) {
    /** Counts what a dataset holds: the same figures for a fresh build and for a store. */
    public static Summary of(DatasetGraph dsg, Ontology ontology, List<String> warnings) {
        Set<Node> eventClasses = ontology.eventClasses();
        Set<Node> events = new HashSet<>();
        Set<Node> entities = new HashSet<>();
        int[] counts = new int[3];
        dsg.find(Node.ANY, Node.ANY, Vocab.RDF.type, Node.ANY).forEachRemaining(q -> {
            Node o = q.getObject();
            if (eventClasses.contains(o))
                events.add(q.getSubject());
            if (q.getGraph().equals(Iris.ENTITIES_GRAPH))
                entities.add(q.getSubject());
            if (o.equals(Vocab.KGV.Letter))
                counts[0]++;
            else if (o.equals(Vocab.KGV.Claim))
                counts[1]++;
            else if (o.equals(Vocab.KGV.Mention))
                counts[2]++;
        });
        return new Summary(counts[0], counts[1], entities.size(), events.size(), counts[2], dsg.stream().count(), List.copyOf(warnings));
    }

    public String render() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("letters   %6d%n", letters));
        sb.append(String.format("claims    %6d%n", claims));
        sb.append(String.format("entities  %6d%n", entities));
        sb.append(String.format("events    %6d%n", events));
        sb.append(String.format("mentions  %6d%n", mentions));
        sb.append(String.format("triples   %6d%n", triples));
        sb.append(String.format("warnings  %6d%n", warnings.size()));
        warnings.forEach(w -> sb.append("  warning: ").append(w).append('\n'));
        return sb.toString();
    }
}
