package org.karabakhkg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import java.io.OutputStream;
import java.util.List;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.karabakhkg.query.Question;
import org.karabakhkg.query.Questions;
import org.karabakhkg.query.ResultFormat;
import org.karabakhkg.query.Search;
import org.karabakhkg.query.Sparql;
import org.karabakhkg.rdf.GraphBuilder;
import org.karabakhkg.seed.Entities;
import org.karabakhkg.seed.LetterSeed;
import org.karabakhkg.seed.SeedSet;
import org.karabakhkg.store.TdbStore;
import org.karabakhkg.validate.Validation;
import org.karabakhkg.vocab.Ontology;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
    description = { "Times the pipeline in one warm JVM: the mapping of each letter (read, check claims, annotate, map), "
        + "and a whole build (map all, validate, write a scratch TDB2 store). For BENCHMARKS.md, not for tests." })
final class BenchCommand implements Callable<Integer> {
    @Mixin
    StoreOptions options;

    @Option(names = "--warmup", defaultValue = "20", description = "Untimed runs first (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--runs", defaultValue = "50", description = "Timed runs (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--queries", paramLabel = "DIR", defaultValue = "queries",
        description = "Competency questions to time against the scratch store (default: ${DEFAULT-VALUE})")
    Path queries;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        SeedSet seeds = SeedSet.scan(options.seeds);
        Ontology ontology = Ontology.load(options.ontology);
        Entities entities = Entities.load(seeds.entities());
        out.printf("%-48s %9s %9s %9s%n", "what (ms, " + runs + " runs after " + warmup + " warm-up)", "min", "median", "p90");
        for (LetterSeed seed : seeds.letters()) {
            report(out, "map " + seed.name(), () -> GraphBuilder.mapLetter(seed, entities, ontology, DatasetGraphFactory.create()));
        }
        Path scratch = Files.createTempDirectory("karabakh-bench");
        try {
            report(out, "build: map all, validate, write TDB2", () -> {
                GraphBuilder.Result r = GraphBuilder.build(options.seeds, options.ontology);
                Validation.ofBuild(r, r.ontology());
                TdbStore.replace(scratch.resolve("store"), r.dataset());
                return r;
            });
            if (Files.isDirectory(queries))
                questions(out, scratch.resolve("store"));
        } finally {
            try (var s = Files.walk(scratch)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        out.flush();
        return 0;
    }

    /** Every competency question, warm, against the TDB2 store; the slowest is named last. */
    private void questions(PrintWriter out, Path store) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(store.toString());
        try {
            double slowest = 0;
            String slowestName = "";
            for (Question q : Questions.load(queries)) {
                Query query = Sparql.parse(q.text(), q.name());
                double median = report(out, "question " + q.name(), () -> Txn.calculateRead(dsg, () -> {
                    Sparql.run(dsg, query, 30_000, ResultFormat.defaultFor(query), OutputStream.nullOutputStream());
                    return null;
                }));
                if (median > slowest) {
                    slowest = median;
                    slowestName = q.name();
                }
            }
            report(out, "search Armenie gevangen", () -> Txn.calculateRead(dsg, () -> Search.run(dsg, List.of("Armenie", "gevangen"), 30_000)));
            out.printf("slowest question: %s, median %.2f ms%n", slowestName, slowest);
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    private double report(PrintWriter out, String what, Supplier<?> work) {
        for (int i = 0; i < warmup; i++)
            work.get();
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        out.printf("%-48s %9.2f %9.2f %9.2f%n", what, ms[0], ms[runs / 2], ms[(int) Math.floor(runs * 0.9)]);
        out.flush();
        return ms[runs / 2];
    }
}
