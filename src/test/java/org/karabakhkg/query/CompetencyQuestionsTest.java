package org.karabakhkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetReaderRegistry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.karabakhkg.rdf.GraphBuilder;
import org.karabakhkg.store.TdbStore;

/**
 * Every question in {@code queries/} asked of the TDB2 store built from the seeds, its answer compared
 * with the expected one beside it ({@code NAME.srj} for SELECT and ASK, {@code NAME.ttl} for CONSTRUCT and
 * DESCRIBE): row order matters only where the query has ORDER BY.
 */
class CompetencyQuestionsTest {
    private static final Path QUERIES = Path.of("queries");

    @TempDir
    static Path dir;
    private static DatasetGraph store;

    @BeforeAll
    static void build() {
        TdbStore.replace(dir.resolve("store"), GraphBuilder.build(Path.of("seeds"), Path.of("ontology")).dataset());
        store = DatabaseMgr.connectDatasetGraph(dir.resolve("store").toString());
    }

    @AfterAll
    static void close() {
        TDBInternal.expel(store);
    }

    static Stream<Question> questions() {
        return Questions.load(QUERIES).stream();
    }

    @Test
    void thereAreAtLeastThirtyQuestionsOfEveryForm() {
        List<Question> qs = questions().toList();
        assertTrue(qs.size() >= 30, "questions: " + qs.size());
        Set<String> forms = qs.stream().map(q -> {
            Query query = Sparql.parse(q.text(), q.name());
            return query.isSelectType() ? "SELECT" : query.isAskType() ? "ASK" : query.isConstructType() ? "CONSTRUCT" : "DESCRIBE";
        }).collect(Collectors.toSet());
        assertEquals(Set.of("SELECT", "ASK", "CONSTRUCT", "DESCRIBE"), forms);
        assertTrue(qs.stream().anyMatch(q -> q.text().contains("GRAPH ?")), "a question that uses named graphs");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("questions")
    void answersAsTheLetterDoes(Question q) throws Exception {
        assertFalse(q.questionEn().isEmpty(), "question in English");
        assertFalse(q.questionNl().isEmpty(), "question in Dutch");
        assertFalse(q.answer().isEmpty(), "what a correct answer holds");
        Query query = Sparql.parse(q.text(), q.name());
        Txn.executeRead(store, () -> {
            try (QueryExec qe = Sparql.exec(store, query, 30_000)) {
                if (query.isSelectType()) {
                    ResultSetRewindable actual = ResultSetFactory.makeRewindable(ResultSet.adapt(qe.select()));
                    ResultSetRewindable expected;
                    try (InputStream in = Files.newInputStream(QUERIES.resolve(q.name() + ".srj"))) {
                        expected = ResultSetFactory.makeRewindable(ResultSetMgr.read(in, ResultSetLang.RS_JSON));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    boolean same = query.hasOrderBy() ? ResultSetCompare.equalsByTermAndOrder(expected, actual)
                        : ResultSetCompare.equalsByTerm(expected, actual);
                    actual.reset();
                    assertTrue(same, () -> q.name() + ": answer differs from " + q.name() + ".srj");
                    assertTrue(expected.size() > 0, "an expected answer is never empty");
                } else if (query.isAskType()) {
                    try (InputStream in = Files.newInputStream(QUERIES.resolve(q.name() + ".srj"))) {
                        QueryExecResult expected = RowSetReaderRegistry.getFactory(ResultSetLang.RS_JSON)
                            .create(ResultSetLang.RS_JSON).readAny(in, null);
                        assertEquals(expected.booleanResult(), qe.ask(), q.name());
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                } else {
                    Graph actual = query.isConstructType() ? qe.construct() : qe.describe();
                    Graph expected = GraphFactory.createDefaultGraph();
                    RDFParser.source(QUERIES.resolve(q.name() + ".ttl")).lang(Lang.TURTLE).parse(expected);
                    assertFalse(expected.isEmpty());
                    assertTrue(expected.isIsomorphicWith(actual), () -> q.name() + ": graph differs from " + q.name() + ".ttl");
                }
            }
        });
    }
}
