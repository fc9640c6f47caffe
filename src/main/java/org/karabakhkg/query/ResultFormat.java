package org.karabakhkg.query;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.jena.query.Query;
import org.karabakhkg.KgException;

/** How query results are written: tables and result formats for SELECT and ASK, RDF for graphs. */
public enum ResultFormat {
    TABLE(false), CSV(false), TSV(false), JSON(false), XML(false),
    TURTLE(true), TRIG(true), JSONLD(true), NQUADS(true);

    private final boolean graph;

    ResultFormat(boolean graph) {
        this.graph = graph;
    }

    public boolean isGraph() {
        return graph;
    }

    public static ResultFormat defaultFor(Query q) {
        return q.isConstructType() || q.isDescribeType() ? TURTLE : TABLE;
    }

    public static ResultFormat parse(String s, Query q) {
        ResultFormat f;
        try {
            f = valueOf(s.toUpperCase(Locale.ROOT).replace("-", ""));
        } catch (IllegalArgumentException e) {
            throw new KgException("unknown result format '" + s + "' (known: " + names() + ")");
        }
        boolean graphQuery = q.isConstructType() || q.isDescribeType();
        if (f.graph != graphQuery)
            throw new KgException("format '" + s + "' does not fit a " + (graphQuery ? "CONSTRUCT or DESCRIBE query (use turtle, trig, jsonld or nquads)"
                : "SELECT or ASK query (use table, csv, tsv, json or xml)"));
        return f;
    }

    private static String names() {
        return Arrays.stream(values()).map(v -> v.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
}
