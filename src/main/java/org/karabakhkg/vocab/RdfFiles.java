package org.karabakhkg.vocab;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.graph.GraphFactory;
import org.karabakhkg.KgException;

/** Reads the project's Turtle files, turning a parse error into one line naming file, line and column. */
public final class RdfFiles {
    private RdfFiles() {}

    public static Graph readTurtle(Path file) {
        if (!Files.isRegularFile(file))
            throw new KgException(file + ": file not found");
        Graph g = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(file).lang(Lang.TURTLE).errorHandler(failFast(file.toString(), 0)).parse(g);
        } catch (RiotException e) {
            throw new KgException(e.getMessage(), e);
        }
        return g;
    }

    /** Parses Turtle text whose first line is line {@code firstLine} of {@code where}. */
    public static Graph parseTurtle(String turtle, String where, int lineOffset) {
        Graph g = GraphFactory.createDefaultGraph();
        try {
            RDFParser.fromString(turtle, Lang.TURTLE).errorHandler(failFast(where, lineOffset)).parse(g);
        } catch (RiotException e) {
            throw new KgException(e.getMessage(), e);
        }
        return g;
    }

    /** Fails when the graph holds a blank node: every node must have a stable IRI. */
    public static void requireNoBlankNodes(Graph g, String where) {
        g.find().forEachRemaining(t -> {
            for (Node n : new Node[] { t.getSubject(), t.getObject() }) {
                if (n.isBlank())
                    throw new KgException(where + ": blank node in " + t.getPredicate().getLocalName()
                        + " statement; give it an IRI so that it is stable across builds");
            }
        });
    }

    private static ErrorHandler failFast(String where, int lineOffset) {
        return new ErrorHandler() {
            @Override
            public void warning(String message, long line, long col) {
                throw new RiotException(format(message, line, col));
            }

            @Override
            public void error(String message, long line, long col) {
                throw new RiotException(format(message, line, col));
            }

            @Override
            public void fatal(String message, long line, long col) {
                throw new RiotException(format(message, line, col));
            }

            private String format(String message, long line, long col) {
                return line > 0 ? where + ":" + (line + lineOffset) + ":" + col + ": " + message : where + ": " + message;
            }
        };
    }
}
