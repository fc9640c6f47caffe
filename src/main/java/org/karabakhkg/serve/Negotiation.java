package org.karabakhkg.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Picks a response type from an Accept header, by quality and then by the order the server prefers. */
final class Negotiation {
    static final String HTML = "text/html";
    static final String TURTLE = "text/turtle";
    static final String JSONLD = "application/ld+json";
    static final String NTRIPLES = "application/n-triples";
    /** What the server offers, its default (no Accept header, or any type) first. */
    static final List<String> OFFERED = List.of(TURTLE, HTML, JSONLD, NTRIPLES);

    private Negotiation() {}

    /** The best offered type for the header, or null when the client accepts none of them (406). */
    static String choose(String accept) {
        if (accept == null || accept.isBlank())
            return TURTLE;
        String best = null;
        double bestQ = 0;
        int bestSpecificity = -1;
        for (String range : accept.split(",")) {
            String[] parts = range.trim().split(";");
            String type = parts[0].trim().toLowerCase(Locale.ROOT);
            double q = 1.0;
            for (int i = 1; i < parts.length; i++) {
                String p = parts[i].trim();
                if (p.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (q <= 0)
                continue;
            for (String offered : matches(type)) {
                int specificity = type.equals("*/*") ? 0 : type.endsWith("/*") ? 1 : 2;
                boolean better = q > bestQ || (q == bestQ && specificity > bestSpecificity)
                    || (q == bestQ && specificity == bestSpecificity && OFFERED.indexOf(offered) < OFFERED.indexOf(best));
                if (best == null || better) {
                    best = offered;
                    bestQ = q;
                    bestSpecificity = specificity;
                }
            }
        }
        return best;
    }

    private static List<String> matches(String range) {
        List<String> out = new ArrayList<>();
        for (String o : OFFERED) {
            if (range.equals("*/*") || range.equals(o) || (range.endsWith("/*") && o.startsWith(range.substring(0, range.length() - 1))))
                out.add(o);
        }
        if (range.equals("application/json"))
            out.add(JSONLD);
        return out;
    }
}
