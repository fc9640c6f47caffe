package org.karabakhkg.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.karabakhkg.rdf.GraphBuilder;
import org.karabakhkg.validate.Validation;
import org.karabakhkg.vocab.Ontology;
import org.karabakhkg.vocab.Vocab;

/**
 * A second letter, made up for this test and given no claim file, still maps: the automatic layer finds
 * its entities, dates (relative ones resolved against its date), amounts and references.
 */
class SecondLetterTest {
    @TempDir
    static Path seeds;
    private static GraphBuilder.Result result;

    @BeforeAll
    static void build() throws IOException {
        Path fixture = Path.of("src/test/resources/second-letter");
        for (String f : List.of("test-letter-2021-04-01.txt", "test-letter-2021-04-01.meta.yaml"))
            Files.copy(fixture.resolve(f), seeds.resolve(f));
        Files.copy(Path.of("seeds/entities.ttl"), seeds.resolve("entities.ttl"));
        result = GraphBuilder.build(seeds, Path.of("ontology"));
    }

    private static Set<String> mentions(String kind, String valueProperty) {
        String q = org.karabakhkg.query.Sparql.prologue()
            + "SELECT ?v WHERE { GRAPH ?g { ?m kg:mentionKind kg:" + kind + " ; " + valueProperty + " ?v } }";
        Set<String> out = new HashSet<>();
        DatasetGraph dsg = result.dataset();
        try (QueryExec qe = QueryExec.dataset(dsg).query(q).build()) {
            RowSet rs = qe.select();
            rs.forEachRemaining(b -> {
                var v = b.get("v");
                out.add(v.isURI() ? v.getURI().replace(Vocab.ENT, "ent:") : v.getLiteralLexicalForm());
            });
        }
        return out;
    }

    @Test
    void findsKnownEntitiesByNameAndAlias() {
        Set<String> e = mentions("EntityMention", "kg:mentions");
        for (String id : List.of("ent:azerbaijan", "ent:baku", "ent:eu", "ent:nagorno-karabakh", "ent:unsc-resolution-884", "ent:osce", "ent:dutch-government"))
            assertTrue(e.contains(id), () -> id + " in " + e);
    }

    @Test
    void resolvesRelativeDatesAgainstTheLetter() {
        Set<String> d = mentions("DateMention", "kg:value");
        assertTrue(d.contains("2021-03-03"), d::toString);
        assertTrue(d.contains("2021-01"), d::toString);
    }

    @Test
    void readsAmountsWithTheirUnits() {
        assertTrue(mentions("AmountMention", "kg:value").contains("10000000"));
        assertTrue(mentions("AmountMention", "schema:unitText").contains("euro"));
    }

    @Test
    void findsReferences() {
        Set<String> r = mentions("ReferenceMention", "kg:value");
        assertTrue(r.contains("21 501-02, nr. 2500"), r::toString);
        assertTrue(r.contains("884"), r::toString);
        assertTrue(mentions("ReferenceMention", "kg:mentions").contains("https://example.org/hulp-2021.htm"));
    }

    @Test
    void theGraphIsValidAndGrounded() {
        assertEquals(List.of(), Validation.ofBuild(result, Ontology.load(Path.of("ontology"))));
        assertEquals(0, result.summary().claims());
        assertTrue(result.summary().mentions() >= 12, () -> "mentions: " + result.summary().mentions());
    }
}
