package org.karabakhkg.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.karabakhkg.query.Search;
import org.karabakhkg.store.TdbStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search", mixinStandardHelpOptions = true,
    description = { "Finds the sentences of the letters by words, Dutch or English, ignoring case and diacritics "
        + "('Armenie' finds 'Armenië'), and prints each with the claims that rest on it.",
        "A sentence matches when all words stand in its text or in one text of a claim on it." })
final class SearchCommand implements Callable<Integer> {
    @Mixin
    StoreOptions options;

    @Parameters(arity = "0..*", paramLabel = "WORD", description = "Words that must all match")
    List<String> words;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30", description = "Stop after (default: ${DEFAULT-VALUE})")
    double timeout;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (words == null || words.stream().allMatch(String::isBlank)) {
            spec.commandLine().usage(spec.commandLine().getErr());
            return 2;
        }
        PrintWriter out = spec.commandLine().getOut();
        List<Search.Hit> hits = TdbStore.read(options.store, dsg -> Search.run(dsg, words, Math.round(timeout * 1000)));
        for (Search.Hit h : hits) {
            out.printf("[%d] %s%n", h.number(), h.text());
            h.claims().forEach((id, quote) -> out.printf("      claim %s: \"%s\"%n", id, quote));
        }
        out.printf("%d sentence(s)%n", hits.size());
        out.flush();
        return 0;
    }
}
