package org.karabakhkg.cli;

import org.karabakhkg.KgException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code karabakh-kg} command line. */
@Command(name = "karabakh-kg", mixinStandardHelpOptions = true, version = "karabakh-kg 0.1.0",
    description = "Turns government letters on the Armenia-Azerbaijan conflict into a grounded knowledge graph.",
    subcommands = { BuildCommand.class, ValidateCommand.class, ExportCommand.class, QueryCommand.class, SearchCommand.class,
        ServeCommand.class, SentencesCommand.class,
        BenchCommand.class,
        CommandLine.HelpCommand.class })
public final class Main {
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code: 0 done, 1 failed, 2 bad usage. */
    public static int run(String... args) {
        return run(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
    }

    /** Runs the command line writing to the given streams. */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof KgException) {
                cmd.getErr().println("karabakh-kg: error: " + e.getMessage());
                return 1;
            }
            throw e;
        });
        return cl.execute(args);
    }
}
