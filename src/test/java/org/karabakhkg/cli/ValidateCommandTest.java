package org.karabakhkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.karabakhkg.vocab.Vocab;

/** `validate` passes on a fresh store and fails, exit 1, once the store no longer matches the letter or the shapes. */
class ValidateCommandTest {
    @TempDir
    Path dir;
    private Path store;

    @BeforeEach
    void build() {
        store = dir.resolve("store");
        assertEquals(0, run("build", "--store", store.toString()).exit());
    }

    private static Cli run(String... args) {
        return Cli.run(args);
    }

    /** Changes the store behind the tool's back. */
    private void tamper(java.util.function.Consumer<DatasetGraph> change) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(store.toString());
        try {
            Txn.executeWrite(dsg, () -> change.accept(dsg));
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    @Test
    void freshStoreIsValid() {
        Cli r = run("validate", "--store", store.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("valid: SHACL conforms, every selector matches the letter"), r.out());
    }

    @Test
    void aSelectorWhoseExactNoLongerMatchesTheLetterFails() {
        tamper(dsg -> {
            Quad q = dsg.find(Node.ANY, Node.ANY, Vocab.OA.exact, Node.ANY).next();
            dsg.delete(q);
            dsg.add(q.getGraph(), q.getSubject(), q.getPredicate(), NodeFactory.createLiteralString("Bakoe en Jerevan"));
        });
        Cli r = run("validate", "--store", store.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("grounding:") && r.err().contains("oa:exact \"Bakoe en Jerevan\" but the letter has"), r.err());
    }

    @Test
    void aClaimWithoutItsQuoteViolatesTheShapes() {
        tamper(dsg -> {
            Quad q = dsg.find(Node.ANY, Node.ANY, Vocab.KGV.quote, Node.ANY).next();
            dsg.delete(q);
        });
        Cli r = run("validate", "--store", store.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("shacl:") && r.err().contains("kg:quote"), r.err());
    }

    @Test
    void aMintedResourceWithoutItsEnglishNameViolatesTheShapes() {
        Node exchange = NodeFactory.createURI(Vocab.RES + "exchange-2021-06-12");
        tamper(dsg -> Iter.toList(dsg.find(Node.ANY, exchange, Vocab.RDFS.label, Node.ANY)).stream()
            .filter(q -> q.getObject().getLiteralLanguage().equals("en")).forEach(dsg::delete));
        Cli r = run("validate", "--store", store.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("res:exchange-2021-06-12") && r.err().contains("needs an rdfs:label in Dutch and one in English"), r.err());
    }

    @Test
    void aChangedSeedFileIsReported() throws Exception {
        Path seeds = dir.resolve("seeds");
        java.nio.file.Files.createDirectories(seeds);
        java.nio.file.Files.writeString(seeds.resolve("kamerbrief-21501-02-nr-2375.txt"), "Een andere tekst.\n");
        Cli r = run("validate", "--store", store.toString(), "--seeds", seeds.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("changed since the store was built"), r.err());
    }
}
