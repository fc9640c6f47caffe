package org.karabakhkg.claims;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.karabakhkg.KgException;
import org.karabakhkg.read.DutchDates;
import org.karabakhkg.read.DutchDurations;
import org.karabakhkg.read.DutchNumbers;
import org.karabakhkg.seed.Entities;
import org.karabakhkg.seed.LetterMetadata;
import org.karabakhkg.text.Folding;
import org.karabakhkg.text.LetterText;
import org.karabakhkg.text.Quote;
import org.karabakhkg.vocab.Ontology;
import org.karabakhkg.vocab.RdfFiles;
import org.karabakhkg.vocab.Vocab;

/**
 * Checks claims against the letter: the quote must stand in it, and every entity, number, date,
 * duration, verbatim string, URL and qualifier the assertion holds must follow from the quote and its
 * context (see docs/claims.md). The first failure stops with the claim's file, line, id and reason.
 */
public final class ClaimChecker {
    private static final Set<RDFDatatype> NUMBERS = Set.of(XSDDatatype.XSDinteger, XSDDatatype.XSDdecimal,
        XSDDatatype.XSDdouble, XSDDatatype.XSDfloat, XSDDatatype.XSDint, XSDDatatype.XSDlong,
        XSDDatatype.XSDnonNegativeInteger, XSDDatatype.XSDpositiveInteger);
    private static final Node QUALIFIER = Vocab.KGV.qualifier;
    private static final Node TIME_QUALIFIER = Vocab.KGV.timeQualifier;
    private static final Node URL = Vocab.SCHEMA.url;

    private final LetterText text;
    private final LetterMetadata metadata;
    private final Entities entities;
    private final Ontology ontology;
    private final String header = Vocab.turtlePrefixes();
    private final int headerLines;

    public ClaimChecker(LetterText text, LetterMetadata metadata, Entities entities, Ontology ontology) {
        this.text = text;
        this.metadata = metadata;
        this.entities = entities;
        this.ontology = ontology;
        this.headerLines = (int) header.chars().filter(c -> c == '\n').count();
    }

    public List<CheckedClaim> checkAll(List<Claim> claims) {
        List<CheckedClaim> out = new ArrayList<>();
        for (Claim c : claims)
            out.add(check(c));
        return out;
    }

    public CheckedClaim check(Claim c) {
        Quote quote = locate(c, c.quote(), c.occurrence());
        List<Quote> context = new ArrayList<>();
        for (String ctx : c.context())
            context.add(nearest(c, ctx, quote));
        StringBuilder words = new StringBuilder(quote.text());
        context.forEach(q -> words.append(" | ").append(q.text()));
        Graph assertion = parse(c);
        new Words(c, words.toString()).check(assertion);
        return new CheckedClaim(c, quote, List.copyOf(context), assertion);
    }

    private Quote locate(Claim c, String quote, Integer occurrence) {
        List<Quote> found = text.find(quote);
        if (found.isEmpty())
            throw fail(c, "quote not found in " + metadata.file().getFileName().toString().replace(".meta.yaml", ".txt") + ": \"" + abbreviate(quote) + "\"");
        if (occurrence == null) {
            if (found.size() > 1)
                throw fail(c, "quote is ambiguous: it occurs " + found.size() + " times; say which with 'occurrence' or quote more words: \"" + abbreviate(quote) + "\"");
            return found.get(0);
        }
        if (occurrence > found.size())
            throw fail(c, "occurrence " + occurrence + " asked, but the quote occurs " + found.size() + " time(s)");
        return found.get(occurrence - 1);
    }

    /** A context quote: where it occurs more than once, the occurrence nearest the claim's quote. */
    private Quote nearest(Claim c, String ctx, Quote quote) {
        List<Quote> found = text.find(ctx);
        if (found.isEmpty())
            throw fail(c, "context quote not found: \"" + abbreviate(ctx) + "\"");
        int at = quote.pieces().get(0).start();
        return found.stream().min(Comparator.comparingInt(q -> Math.abs(q.pieces().get(0).start() - at))).orElseThrow();
    }

    private Graph parse(Claim c) {
        Graph g;
        try {
            g = RdfFiles.parseTurtle(header + c.assertion(), c.file().toString(), c.assertionLine() - headerLines - 1);
        } catch (KgException e) {
            String m = e.getMessage();
            throw new KgException(m.replaceFirst("^(.*?:\\d+:\\d+: )", "$1claim '" + c.id() + "': invalid Turtle in 'assert': "));
        }
        if (g.isEmpty())
            throw fail(c, "'assert' holds no statement");
        try {
            RdfFiles.requireNoBlankNodes(g, "");
        } catch (KgException e) {
            throw fail(c, e.getMessage().substring(2));
        }
        return g;
    }

    private KgException fail(Claim c, String reason) {
        return new KgException(c.where() + ": " + reason);
    }

    private static String abbreviate(String s) {
        String t = Folding.collapseWhitespace(s);
        return t.length() <= 80 ? t : t.substring(0, 77) + "...";
    }

    /** The words a claim rests on, and the checks of every node of its assertion against them. */
    private final class Words {
        private final Claim claim;
        private final String words;
        private final String folded;
        private final String verbatim;

        Words(Claim claim, String words) {
            this.claim = claim;
            this.words = words;
            this.folded = Folding.fold(words);
            this.verbatim = Folding.foldQuotes(Folding.collapseWhitespace(words));
        }

        void check(Graph g) {
            // A fresh in-memory graph iterates in insertion order's hash order: the same claim fails the same way.
            for (Triple t : g.find().toList()) {
                checkTerm(t.getSubject());
                checkTerm(t.getPredicate());
                Node o = t.getObject();
                if (o.isLiteral())
                    checkLiteral(o);
                else
                    checkTerm(o);
                if (t.getPredicate().equals(QUALIFIER) || t.getPredicate().equals(TIME_QUALIFIER))
                    checkQualifier(o);
                if (t.getPredicate().equals(URL) && !verbatim.contains(o.isURI() ? o.getURI() : o.getLiteralLexicalForm()))
                    throw fail(claim, "URL " + (o.isURI() ? o.getURI() : o.getLiteralLexicalForm()) + " is not in the quote");
            }
        }

        private void checkTerm(Node n) {
            if (!n.isURI())
                return;
            String iri = n.getURI();
            if (iri.startsWith(Vocab.KG) && !ontology.defines(n))
                throw fail(claim, "unknown term kg:" + iri.substring(Vocab.KG.length()) + " (not in ontology/kg.ttl)");
            if (!iri.startsWith(Vocab.ENT))
                return;
            String id = iri.substring(Vocab.ENT.length());
            if (!entities.contains(n))
                throw fail(claim, "unknown entity ent:" + id + " (not in entities.ttl)");
            if (id.equals(metadata.author()) || id.equals(metadata.government()))
                return;
            if (!entities.namedIn(n, words))
                throw fail(claim, "entity ent:" + id + " is not named in the quote or its context (names: "
                    + String.join(", ", entities.names().get(n).stream().map(Entities.Name::written).toList()) + ")");
        }

        private void checkLiteral(Node lit) {
            RDFDatatype dt = lit.getLiteralDatatype();
            String lex = lit.getLiteralLexicalForm();
            if (!lit.getLiteralLanguage().isEmpty())
                return;
            if (!dt.isValid(lex))
                throw fail(claim, "\"" + lex + "\" is not a valid " + dt.getURI().replace(Vocab.XSD_NS, "xsd:"));
            if (NUMBERS.contains(dt)) {
                if (!DutchNumbers.holds(words, new BigDecimal(lex)))
                    throw fail(claim, "number " + lex + " is not in the quote (numbers there: " + numbersInWords() + ")");
            } else if (dt.equals(XSDDatatype.XSDdate) || dt.equals(XSDDatatype.XSDgYearMonth) || dt.equals(XSDDatatype.XSDgYear)) {
                String local = dt.getURI().substring(Vocab.XSD_NS.length());
                if (!DutchDates.licenses(words, metadata.date(), local, lex))
                    throw fail(claim, "date " + lex + " (xsd:" + local + ") does not follow from the quote (dates there: " + datesInWords() + ")");
            } else if (dt.equals(XSDDatatype.XSDduration)) {
                if (!DutchDurations.read(words).contains(lex))
                    throw fail(claim, "duration " + lex + " does not follow from the quote (durations there: " + DutchDurations.read(words) + ")");
            } else if (dt.equals(XSDDatatype.XSDstring) || dt.equals(XSDDatatype.XSDanyURI)) {
                if (!verbatim.contains(Folding.foldQuotes(Folding.collapseWhitespace(lex))))
                    throw fail(claim, "\"" + abbreviate(lex) + "\" is a plain string but does not stand verbatim in the quote (tag your own text with @nl or @en)");
            }
        }

        private void checkQualifier(Node concept) {
            List<String> licence = ontology.qualifierWords(concept);
            if (licence.isEmpty())
                throw fail(claim, "qualifier " + concept + " has no words (skos:hiddenLabel) in ontology/kg.ttl");
            if (licence.stream().noneMatch(w -> Folding.containsWords(folded, w)))
                throw fail(claim, "qualifier " + concept.getLocalName() + " needs one of " + licence + " in the quote");
        }

        private List<String> numbersInWords() {
            return DutchNumbers.read(words).stream().map(r -> r.value().toPlainString()).distinct().toList();
        }

        private List<String> datesInWords() {
            return DutchDates.read(words, metadata.date()).stream().map(DutchDates.Reading::lexical).distinct().toList();
        }
    }
}
