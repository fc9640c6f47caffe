package org.karabakhkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.karabakhkg.serve.KgServer;
import org.karabakhkg.store.TdbStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
    description = { "Serves the store over HTTP: the SPARQL endpoint and Graph Store (read) at /kg, the Fuseki UI at /, "
        + "Linked Data pages for every IRI of the graph, and /browse (index, timeline, picture, questions).",
        "Builds the store first when there is none. Read-only: no update, no graph write." })
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions options;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "127.0.0.1 or 0.0.0.0 (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--port", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10", description = "Query timeout (default: ${DEFAULT-VALUE})")
    int timeout;

    @Option(names = "--cors", paramLabel = "ORIGIN", description = "Allow this one origin to call the server from a browser (default: CORS off)")
    String cors;

    @Option(names = "--queries", paramLabel = "DIR", defaultValue = "queries", description = "Competency questions (default: ${DEFAULT-VALUE})")
    Path queries;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!TdbStore.isStore(options.store.toAbsolutePath())) {
            spec.commandLine().getOut().println("no store at " + options.store + "; building it first");
            spec.commandLine().getOut().flush();
            int built = new picocli.CommandLine(new BuildCommand()).setOut(spec.commandLine().getOut()).setErr(spec.commandLine().getErr())
                .setExecutionExceptionHandler(spec.commandLine().getExecutionExceptionHandler())
                .execute("--store", options.store.toString(), "--seeds", options.seeds.toString(), "--ontology", options.ontology.toString());
            if (built != 0)
                return built;
        }
        try (KgServer server = KgServer.start(new KgServer.Config(options.store, queries, host, port, timeout, cors))) {
            String base = "http://" + (host.equals("0.0.0.0") ? "localhost" : host) + ":" + server.port();
            spec.commandLine().getOut().println("serving " + options.store + " at " + base + "/  (SPARQL: " + base + KgServer.DATASET
                + "/sparql, pages: " + base + "/browse); Ctrl-C stops");
            spec.commandLine().getOut().flush();
            server.join();
        }
        return 0;
    }
}
