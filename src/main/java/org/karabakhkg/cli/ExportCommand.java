package org.karabakhkg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

import org.karabakhkg.KgException;
import org.karabakhkg.store.ExportFormat;
import org.karabakhkg.store.Exporter;
import org.karabakhkg.rdf.Summary;
import org.karabakhkg.store.TdbStore;
import org.karabakhkg.vocab.Ontology;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
    description = { "Writes the store out. turtle: the claims' assertions and the entities as one graph; "
        + "trig, nquads, jsonld: every named graph with its provenance.",
        "The output is deterministic: two exports of the same store are byte-identical." })
final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions options;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "turtle",
        description = "turtle, trig, nquads or jsonld (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output)")
    Path outFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ExportFormat f = ExportFormat.parse(format);
        Ontology ontology = Ontology.load(options.ontology);
        String summary;
        if (outFile == null) {
            summary = TdbStore.read(options.store, dsg -> {
                OutputStream os = new BufferedOutputStream(System.out);
                Exporter.export(dsg, f, os);
                flush(os);
                return Summary.of(dsg, ontology, java.util.List.of()).render();
            });
            spec.commandLine().getErr().print(summary);
            spec.commandLine().getErr().flush();
            return 0;
        }
        Path target = outFile.toAbsolutePath();
        Path tmp = target.resolveSibling("." + target.getFileName() + ".part");
        try {
            Files.createDirectories(target.getParent());
        } catch (IOException e) {
            throw new KgException(outFile + ": cannot create directory: " + e.getMessage());
        }
        summary = TdbStore.read(options.store, dsg -> {
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                Exporter.export(dsg, f, os);
            } catch (IOException e) {
                throw new KgException(outFile + ": cannot write: " + e.getMessage());
            }
            return Summary.of(dsg, ontology, java.util.List.of()).render();
        });
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new KgException(outFile + ": cannot write: " + e.getMessage());
        }
        spec.commandLine().getOut().println("exported " + f.name().toLowerCase() + " to " + outFile);
        spec.commandLine().getOut().print(summary);
        spec.commandLine().getOut().flush();
        return 0;
    }

    private static void flush(OutputStream os) {
        try {
            os.flush();
        } catch (IOException e) {
            throw new KgException("cannot write to standard output: " + e.getMessage());
        }
    }
}
