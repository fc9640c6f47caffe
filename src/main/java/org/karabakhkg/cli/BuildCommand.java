package org.karabakhkg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.karabakhkg.KgException;
import org.karabakhkg.rdf.GraphBuilder;
import org.karabakhkg.store.TdbStore;
import org.karabakhkg.validate.Validation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "build", mixinStandardHelpOptions = true,
    description = { "Maps the seeds into the TDB2 store: parses each letter, checks its claims against the text, "
        + "adds the automatic mentions, validates the graph (SHACL and grounding) and swaps the new store in.",
        "A failed build leaves the previous store as it was." })
final class BuildCommand implements Callable<Integer> {
    @Mixin
    StoreOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        GraphBuilder.Result result = GraphBuilder.build(options.seeds, options.ontology);
        // Validation and writing the new store are independent; the swap happens only if both succeed.
        TdbStore.stage(options.store, result.dataset(), () -> {
            var findings = Validation.ofBuild(result, result.ontology());
            if (!findings.isEmpty()) {
                Validation.print(findings, spec.commandLine().getErr());
                throw new KgException("the mapped graph fails validation (" + findings.size() + " violations); store left unchanged");
            }
        }).commit();
        PrintWriter out = spec.commandLine().getOut();
        out.println("built " + options.store + " from " + options.seeds + " in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        out.print(result.summary().render());
        out.flush();
        return 0;
    }
}
