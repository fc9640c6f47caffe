package org.karabakhkg.query;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetMem;
import org.apache.jena.tdb2.TDB2;
import org.karabakhkg.KgException;
import org.karabakhkg.vocab.Vocab;

/** Parses and runs SPARQL over a store with the project's prefixes and the union default graph. */
public final class Sparql {
    private static final String PROLOGUE = Vocab.turtlePrefixes().replace("@prefix", "PREFIX").replace(" .\n", "\n");
    private static final int PROLOGUE_LINES = (int) PROLOGUE.chars().filter(c -> c == '\n').count();

    private Sparql() {}

    /** The prefix declarations every query gets. */
    public static String prologue() {
        return PROLOGUE;
    }

    /** Parses a query; a syntax error names {@code where}, its line and column in the user's text. */
    public static Query parse(String sparql, String where) {
        try {
            return QueryFactory.create(PROLOGUE + sparql);
        } catch (QueryParseException e) {
            String msg = e.getMessage() == null ? "syntax error" : e.getMessage().lines().findFirst().orElse("syntax error");
            msg = msg.replaceFirst("^Line -?\\d+, column -?\\d+: ", "");
            throw new KgException(where + ":" + (e.getLine() - PROLOGUE_LINES) + ":" + e.getColumn() + ": SPARQL syntax error: " + msg);
        }
    }

    /** An execution over the union of the named graphs, stopped after {@code timeoutMs}. */
    public static QueryExec exec(DatasetGraph dsg, Query query, long timeoutMs) {
        return QueryExec.dataset(dsg).query(query).set(TDB2.symUnionDefaultGraph, true)
            .timeout(timeoutMs, TimeUnit.MILLISECONDS).build();
    }

    /** Runs a query and writes its results; nothing is written if it fails or times out. */
    public static void run(DatasetGraph dsg, Query query, long timeoutMs, ResultFormat format, OutputStream os) {
        try (QueryExec qe = exec(dsg, query, timeoutMs)) {
            PrintStream out = new PrintStream(os, false, StandardCharsets.UTF_8);
            if (query.isSelectType()) {
                RowSet rows = RowSetMem.create(qe.select());
                ResultSet rs = ResultSet.adapt(rows);
                switch (format) {
                    case TABLE -> ResultSetFormatter.out(out, rs, query.getPrologue());
                    case CSV -> ResultSetFormatter.outputAsCSV(out, rs);
                    case TSV -> ResultSetFormatter.outputAsTSV(out, rs);
                    case JSON -> ResultSetFormatter.outputAsJSON(out, rs);
                    case XML -> ResultSetFormatter.outputAsXML(out, rs);
                    default -> throw new IllegalStateException(format.name());
                }
            } else if (query.isAskType()) {
                boolean b = qe.ask();
                switch (format) {
                    case TABLE -> out.println(b ? "yes" : "no");
                    case CSV -> ResultSetFormatter.outputAsCSV(out, b);
                    case TSV -> ResultSetFormatter.outputAsTSV(out, b);
                    case JSON -> ResultSetFormatter.outputAsJSON(out, b);
                    case XML -> ResultSetFormatter.outputAsXML(out, b);
                    default -> throw new IllegalStateException(format.name());
                }
            } else {
                Graph g = query.isConstructType() ? qe.construct() : qe.describe();
                Vocab.prefixes().forEach((p, ns) -> g.getPrefixMapping().setNsPrefix(p, ns));
                RDFFormat rf = switch (format) {
                    case TURTLE -> RDFFormat.TURTLE_PRETTY;
                    case TRIG -> RDFFormat.TRIG_PRETTY;
                    case JSONLD -> RDFFormat.JSONLD11_PRETTY;
                    case NQUADS -> RDFFormat.NQUADS;
                    default -> throw new IllegalStateException(format.name());
                };
                if (format == ResultFormat.TRIG || format == ResultFormat.NQUADS)
                    RDFDataMgr.write(out, org.apache.jena.sparql.core.DatasetGraphFactory.wrap(g), rf);
                else
                    RDFDataMgr.write(out, g, rf);
            }
            out.flush();
        } catch (QueryCancelledException e) {
            throw new KgException("query stopped: it ran longer than the timeout of " + timeoutMs / 1000.0 + " s (--timeout SECONDS)");
        }
    }
}
