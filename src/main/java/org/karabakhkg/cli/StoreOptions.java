package org.karabakhkg.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** Options every command shares: where the seeds, the ontology and the store are. */
public final class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "store",
        description = "TDB2 store directory (default: ${DEFAULT-VALUE})")
    Path store;

    @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "seeds",
        description = "Directory of letters, metadata, claims and entities.ttl (default: ${DEFAULT-VALUE})")
    Path seeds;

    @Option(names = "--ontology", paramLabel = "DIR", defaultValue = "ontology",
        description = "Directory of kg.ttl and shapes.ttl (default: ${DEFAULT-VALUE})")
    Path ontology;
}
