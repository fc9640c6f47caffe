package org.karabakhkg.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.karabakhkg.rdf.Summary;
import org.karabakhkg.store.TdbStore;
import org.karabakhkg.validate.Finding;
import org.karabakhkg.validate.Validation;
import org.karabakhkg.vocab.Ontology;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
    description = { "Checks the store: the SHACL shapes of ontology/shapes.ttl, and that every selector's oa:exact "
        + "is the letter's text at its offsets (against the text in the store and the seed files).",
        "Exits 1 on any violation." })
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    StoreOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Ontology ontology = Ontology.load(options.ontology);
        PrintWriter out = spec.commandLine().getOut();
        record Outcome(List<Finding> findings, String summary) {}
        Outcome o = TdbStore.read(options.store, dsg -> new Outcome(
            Validation.ofStore(dsg, ontology, options.seeds), Summary.of(dsg, ontology, java.util.List.of()).render()));
        if (!o.findings().isEmpty()) {
            Validation.print(o.findings(), spec.commandLine().getErr());
            out.print(o.summary());
            out.flush();
            spec.commandLine().getErr().println("karabakh-kg: error: " + options.store + ": " + o.findings().size() + " violations");
            return 1;
        }
        out.println("valid: SHACL conforms, every selector matches the letter");
        out.print(o.summary());
        out.flush();
        return 0;
    }
}
