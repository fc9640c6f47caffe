package org.karabakhkg.rdf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.karabakhkg.KgException;
import org.karabakhkg.annotate.Annotator;
import org.karabakhkg.annotate.Mention;
import org.karabakhkg.claims.CheckedClaim;
import org.karabakhkg.claims.ClaimChecker;
import org.karabakhkg.claims.ClaimFile;
import org.karabakhkg.seed.Entities;
import org.karabakhkg.seed.LetterMetadata;
import org.karabakhkg.seed.LetterSeed;
import org.karabakhkg.seed.SeedSet;
import org.karabakhkg.text.LetterText;
import org.karabakhkg.text.Sentence;
import org.karabakhkg.vocab.Ontology;

/**
 * Maps everything in {@code seeds/} into one in-memory dataset: the ontology and entities, then per
 * letter its text, checked claims and automatic mentions. Any bad input stops it with one message;
 * nothing is written anywhere until the caller stores the result.
 */
public final class GraphBuilder {
    private GraphBuilder() {}

    /** The mapped dataset, what it holds, the letters' texts by letter IRI for grounding checks, and the ontology it used. */
    public record Result(DatasetGraph dataset, Summary summary, Map<Node, LetterText> texts, Ontology ontology) {}

    public static Result build(Path seedsDir, Path ontologyDir) {
        SeedSet seeds = SeedSet.scan(seedsDir);
        Ontology ontology = Ontology.load(ontologyDir);
        Entities entities = Entities.load(seeds.entities());

        DatasetGraph dsg = DatasetGraphFactory.create();
        copy(ontology.vocabulary(), dsg, Iris.ONTOLOGY_GRAPH);
        copy(entities.graph(), dsg, Iris.ENTITIES_GRAPH);

        List<String> warnings = new ArrayList<>();
        Map<Node, LetterText> texts = new HashMap<>();
        Set<String> ids = new TreeSet<>();
        for (LetterSeed seed : seeds.letters()) {
            Mapped m = mapLetter(seed, entities, ontology, dsg);
            if (!ids.add(m.id()))
                throw new KgException(seed.metadata() + ": letter id '" + m.id() + "' is used by another letter too");
            texts.put(m.letter(), m.text());
            warnings.addAll(m.warnings());
        }
        Summary summary = Summary.of(dsg, ontology, warnings);
        return new Result(dsg, summary, texts, ontology);
    }

    /** What mapping one letter gave: its id and IRI, its text, and its warnings. */
    public record Mapped(String id, Node letter, LetterText text, List<String> warnings) {}

    /** Reads, checks and maps one letter into {@code dsg}. */
    public static Mapped mapLetter(LetterSeed seed, Entities entities, Ontology ontology, DatasetGraph dsg) {
        LetterText text = LetterText.read(seed.text());
        LetterMetadata meta = LetterMetadata.read(seed.metadata());
        meta.checkEntities(id -> entities.contains(entities.byId(id)));
        List<CheckedClaim> checked = seed.hasClaims()
            ? new ClaimChecker(text, meta, entities, ontology).checkAll(ClaimFile.read(seed.claims()))
            : List.of();
        List<Mention> found = new Annotator(entities, meta.date()).annotate(text);

        LetterMapper mapper = new LetterMapper(dsg, text, meta);
        mapper.mapLetter(seed.text().getFileName().toString(), LetterText.sha256(seed.text()));
        mapper.mapText();
        checked.forEach(mapper::mapClaim);
        mapper.mapMentions(found);
        return new Mapped(meta.id(), mapper.iris().letter(), text, coverage(seed, text, checked));
    }

    /** Sentences of the body that no claim rests on: what an analyst may still have to cover. */
    private static List<String> coverage(LetterSeed seed, LetterText text, List<CheckedClaim> claims) {
        if (!seed.hasClaims()) {
            return List.of(seed.text().getFileName() + ": no claim file; only the automatic layer is mapped");
        }
        Set<Integer> covered = new TreeSet<>();
        for (CheckedClaim c : claims) {
            text.sentencesOf(c.quote()).forEach(s -> covered.add(s.number()));
        }
        List<Integer> open = text.sentences().stream().map(Sentence::number).filter(n -> !covered.contains(n)).toList();
        if (open.isEmpty())
            return List.of();
        return List.of(seed.claims().getFileName() + ": " + open.size() + " of " + text.sentences().size()
            + " sentences carry no claim: " + open);
    }

    private static void copy(Graph g, DatasetGraph dsg, Node name) {
        g.find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
    }

}
