package org.karabakhkg.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.karabakhkg.rdf.GraphBuilder;

/** Builds the seeds twice into two TDB2 stores: the exports must be identical and parse back to the same data. */
class ExportTest {
    @TempDir
    static Path dir;
    private static GraphBuilder.Result built;

    @BeforeAll
    static void buildTwice() {
        built = GraphBuilder.build(Path.of("seeds"), Path.of("ontology"));
        TdbStore.replace(dir.resolve("a"), built.dataset());
        TdbStore.replace(dir.resolve("b"), GraphBuilder.build(Path.of("seeds"), Path.of("ontology")).dataset());
    }

    private static byte[] export(String store, ExportFormat f) {
        return TdbStore.read(dir.resolve(store), dsg -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Exporter.export(dsg, f, out);
            return out.toByteArray();
        });
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void twoBuildsExportByteIdentical(ExportFormat f) {
        byte[] a = export("a", f);
        assertTrue(a.length > 1000);
        assertArrayEquals(a, export("b", f));
        assertArrayEquals(a, export("a", f), "two exports of one store");
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = { "TRIG", "NQUADS", "JSONLD" })
    void datasetFormatsRoundTripToTheStore(ExportFormat f) {
        DatasetGraph back = DatasetGraphFactory.create();
        Lang lang = switch (f) {
            case TRIG -> Lang.TRIG;
            case NQUADS -> Lang.NQUADS;
            default -> Lang.JSONLD;
        };
        RDFParser.fromString(new String(export("a", f), java.nio.charset.StandardCharsets.UTF_8), lang).parse(back);
        assertTrue(IsoMatcher.isomorphic(built.dataset(), back), "exported " + f + " parses back to the mapped dataset");
    }

    @Test
    void turtleIsOneGraphOfClaimsAndEntities() {
        Graph back = GraphFactory.createDefaultGraph();
        RDFParser.fromString(new String(export("a", ExportFormat.TURTLE), java.nio.charset.StandardCharsets.UTF_8), Lang.TURTLE).parse(back);
        Graph expected = Exporter.cleanGraph(built.dataset(), built.dataset().stream().toList());
        assertTrue(back.isIsomorphicWith(expected));
        assertEquals(expected.size(), back.size());
    }
}
