package org.karabakhkg.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in process and keeps what it printed. */
record Cli(int exit, String out, String err) {
    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Cli(exit, out.toString(), err.toString());
    }

    /** The lines of standard error that are the error report, not the summary. */
    long errorLines() {
        return err.lines().filter(l -> l.startsWith("karabakh-kg: error:")).count();
    }
}
