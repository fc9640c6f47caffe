package org.karabakhkg.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.karabakhkg.KgException;
import org.karabakhkg.query.Question;
import org.karabakhkg.query.Questions;
import org.karabakhkg.query.ResultFormat;
import org.karabakhkg.query.Sparql;
import org.karabakhkg.store.TdbStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "query", mixinStandardHelpOptions = true,
    description = { "Runs a SPARQL query against the store: a file, the name of a question in queries/, or --text.",
        "The default graph is the union of all named graphs; GRAPH reaches each claim's own graph. The project's "
            + "prefixes (kg:, ent:, res:, oa:, prov:, skos:, ...) are declared for you." })
final class QueryCommand implements Callable<Integer> {
    @Mixin
    StoreOptions options;

    @Parameters(arity = "0..1", paramLabel = "FILE|NAME", description = "A .rq file, or a question's name (see --list)")
    String source;

    @Option(names = "--text", paramLabel = "SPARQL", description = "The query itself")
    String text;

    @Option(names = "--list", description = "List the questions in queries/, one line each")
    boolean list;

    @Option(names = "--queries", paramLabel = "DIR", defaultValue = "queries",
        description = "Directory of the named questions (default: ${DEFAULT-VALUE})")
    Path queries;

    @Option(names = "--format", paramLabel = "FORMAT",
        description = "SELECT and ASK: table (default), csv, tsv, json, xml; CONSTRUCT and DESCRIBE: turtle (default), trig, jsonld, nquads")
    String format;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
        description = "Stop a query that runs longer (default: ${DEFAULT-VALUE})")
    double timeout;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (list) {
            for (Question q : Questions.load(queries))
                out.printf("%-36s %s%n", q.name(), q.questionEn());
            out.flush();
            return 0;
        }
        if ((source == null) == (text == null))
            throw new KgException("give a query file or name, or --text 'SPARQL' (see 'query --help')");
        String where;
        String sparql;
        if (text != null) {
            where = "--text";
            sparql = text;
        } else {
            Question q = Questions.resolve(source, queries);
            where = q.file().toString();
            sparql = q.text();
        }
        var query = Sparql.parse(sparql, where);
        ResultFormat f = format == null ? ResultFormat.defaultFor(query) : ResultFormat.parse(format.toLowerCase(Locale.ROOT), query);
        long timeoutMs = Math.round(timeout * 1000);
        return TdbStore.read(options.store, dsg -> {
            OutputStream os = System.out;
            Sparql.run(dsg, query, timeoutMs, f, os);
            out.flush();
            return 0;
        });
    }
}
