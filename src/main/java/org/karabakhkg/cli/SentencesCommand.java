package org.karabakhkg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.karabakhkg.seed.LetterSeed;
import org.karabakhkg.seed.SeedSet;
import org.karabakhkg.text.Footnote;
import org.karabakhkg.text.LetterText;
import org.karabakhkg.text.Part;
import org.karabakhkg.text.Sentence;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "sentences", mixinStandardHelpOptions = true,
    description = { "Prints each letter in seeds/ as the mapper reads it: paragraphs, footnotes and closing, with numbered, "
        + "repaired sentences. Claim quotes must match this text (docs/claims.md)." })
final class SentencesCommand implements Callable<Integer> {
    @Mixin
    StoreOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (LetterSeed seed : SeedSet.scan(options.seeds).letters()) {
            LetterText text = LetterText.read(seed.text());
            out.println("# " + seed.text());
            for (Part p : text.parts()) {
                out.printf("%n== %s %d%n", p.kind().name().toLowerCase(), p.number());
                for (Sentence s : p.sentences())
                    out.printf("[%d] %s%n", s.number(), s.text());
            }
            out.println();
            for (Footnote f : text.footnotes())
                out.printf("footnote %d cites %s%n", f.number(), f.urls().isEmpty() ? "no URL" : String.join(" ", f.urls()));
        }
        out.flush();
        return 0;
    }
}
