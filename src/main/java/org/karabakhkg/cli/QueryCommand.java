package org.karabakhkg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.tdb2.TDB2;
import org.karabakhkg.KgException;
import org.karabakhkg.store.TdbStore;
import org.karabakhkg.vocab.Vocab;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;

@Command(name = "query", mixinStandardHelpOptions = true,
    description = { "Runs a SPARQL query against the store. The default graph is the union of all named graphs; "
        + "GRAPH reaches each claim's graph. The prefixes of the project (kg:, ent:, res:, oa:, prov:, ...) are predeclared." })
final class QueryCommand implements Callable<Integer> {
    @Mixin
    StoreOptions options;

    static final class Source {
        @Parameters(paramLabel = "FILE", description = "A file holding the query")
        Path file;

        @Option(names = "--text", paramLabel = "SPARQL", description = "The query itself")
        String text;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String where = source.file != null ? source.file.toString() : "--text";
        String text;
        try {
            text = source.file != null ? Files.readString(source.file) : source.text;
        } catch (IOException e) {
            throw new KgException(where + ": cannot read query: " + e.getMessage());
        }
        Query query;
        try {
            query = QueryFactory.create(Vocab.turtlePrefixes().replace("@prefix", "PREFIX").replace(" .\n", "\n") + text);
        } catch (QueryParseException e) {
            int prefixLines = Vocab.prefixes().size();
            throw new KgException(where + ":" + (e.getLine() - prefixLines) + ":" + e.getColumn() + ": " + firstLine(e.getMessage()));
        }
        return TdbStore.read(options.store, dsg -> {
            try (QueryExec qe = QueryExec.dataset(dsg).query(query).set(TDB2.symUnionDefaultGraph, true).build()) {
                var out = System.out;
                if (query.isSelectType()) {
                    RowSet rs = qe.select();
                    ResultSetFormatter.out(out, org.apache.jena.query.ResultSet.adapt(rs), query.getPrologue());
                } else if (query.isAskType()) {
                    out.println(qe.ask() ? "yes" : "no");
                } else if (query.isConstructType()) {
                    RDFDataMgr.write(out, qe.construct(), RDFFormat.TURTLE_PRETTY);
                } else {
                    RDFDataMgr.write(out, qe.describe(), RDFFormat.TURTLE_PRETTY);
                }
                out.flush();
            }
            return 0;
        });
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
