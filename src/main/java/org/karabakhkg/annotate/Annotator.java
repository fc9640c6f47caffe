package org.karabakhkg.annotate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.karabakhkg.read.DutchDates;
import org.karabakhkg.read.DutchNumbers;
import org.karabakhkg.seed.Entities;
import org.karabakhkg.text.Folding;
import org.karabakhkg.text.LetterText;
import org.karabakhkg.text.Part;
import org.karabakhkg.text.Quote;
import org.karabakhkg.text.Span;

/**
 * The automatic layer: finds, in any letter and without a claim file, the known entities (by name and
 * alias), dates (relative ones resolved against the letter's date), amounts with their unit words, and
 * references (resolutions, parliamentary papers and motions, URLs). Overlapping entity names: the
 * longest wins.
 */
public final class Annotator {
    private static final Pattern RESOLUTIONS = Pattern.compile("(?i)\\bresoluties?\\s+((?:\\d+(?:,\\s*|\\s+en\\s+)?)+)");
    private static final Pattern PAPER = Pattern.compile("(?<![\\d])(\\d{2}\\s?\\d{3}(?:-[\\dA-Z]+)?(?:\\s[A-Z]{1,4})?),?\\s[Nn]r\\.?\\s?(\\d+)");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern UNIT = Pattern.compile("\\G\\s+(\\p{L}[\\p{L}-]*)");
    private static final java.util.Set<String> NOT_AMOUNTS = java.util.Set.of("een", "één", "beide", "half");

    private final Entities entities;
    private final LocalDate letterDate;

    public Annotator(Entities entities, LocalDate letterDate) {
        this.entities = entities;
        this.letterDate = letterDate;
    }

    public List<Mention> annotate(LetterText text) {
        List<Mention> out = new ArrayList<>();
        for (Part part : text.parts()) {
            String s = part.text().text();
            List<int[]> excluded = new ArrayList<>();
            references(part, s, out, excluded);
            entityMentions(part, s, out);
            dates(part, s, out, excluded);
            amounts(part, s, out, excluded);
        }
        out.sort(Comparator.comparingInt((Mention m) -> m.quote().pieces().get(0).start())
            .thenComparing(m -> m.kind().ordinal())
            .thenComparing(m -> m.value().toString()));
        return out;
    }

    private void entityMentions(Part part, String s, List<Mention> out) {
        String folded = Folding.foldKeepingLength(s);
        List<Object[]> hits = new ArrayList<>();
        for (Map.Entry<Node, List<Entities.Name>> e : entities.names().entrySet()) {
            for (Entities.Name name : e.getValue()) {
                for (int at = name.indexIn(s, folded, 0); at >= 0; at = name.indexIn(s, folded, at + 1))
                    hits.add(new Object[] { e.getKey(), at, at + (name.exactCase() ? name.written().length() : name.folded().length()) });
            }
        }
        hits.sort(Comparator.comparingInt((Object[] h) -> -((int) h[2] - (int) h[1])).thenComparingInt(h -> (int) h[1])
            .thenComparing(h -> h[0].toString()));
        List<int[]> taken = new ArrayList<>();
        for (Object[] h : hits) {
            int a = (int) h[1];
            int b = (int) h[2];
            if (taken.stream().anyMatch(t -> a < t[1] && t[0] < b))
                continue;
            taken.add(new int[] { a, b });
            out.add(new Mention(Mention.Kind.ENTITY, (Node) h[0], null, quote(part, a, b)));
        }
    }

    private void dates(Part part, String s, List<Mention> out, List<int[]> excluded) {
        for (DutchDates.Reading r : DutchDates.read(s, letterDate)) {
            if (inside(excluded, r.start(), r.end()))
                continue;
            XSDDatatype dt = switch (r.precision()) {
                case DAY -> XSDDatatype.XSDdate;
                case MONTH -> XSDDatatype.XSDgYearMonth;
                case YEAR, DECADE -> XSDDatatype.XSDgYear;
            };
            out.add(new Mention(Mention.Kind.DATE, NodeFactory.createLiteralDT(r.lexical(), dt), null, quote(part, r.start(), r.end())));
            excluded.add(new int[] { r.start(), r.end() });
        }
    }

    private void amounts(Part part, String s, List<Mention> out, List<int[]> excluded) {
        for (DutchNumbers.Reading r : DutchNumbers.read(s)) {
            if (inside(excluded, r.start(), r.end()) || NOT_AMOUNTS.contains(r.asWritten().toLowerCase(java.util.Locale.ROOT)))
                continue;
            Matcher u = UNIT.matcher(s);
            u.region(r.end(), s.length());
            if (!u.lookingAt())
                continue;
            String unit = u.group(1);
            Node value = NodeFactory.createLiteralDT(r.value().toPlainString(),
                r.value().scale() > 0 ? XSDDatatype.XSDdecimal : XSDDatatype.XSDinteger);
            out.add(new Mention(Mention.Kind.AMOUNT, value, unit, quote(part, r.start(), u.end())));
        }
    }

    private void references(Part part, String s, List<Mention> out, List<int[]> excluded) {
        for (Span url : LetterText.urlSpans(s)) {
            out.add(new Mention(Mention.Kind.REFERENCE, NodeFactory.createURI(s.substring(url.start(), url.end())), null,
                quote(part, url.start(), url.end())));
            excluded.add(new int[] { url.start(), url.end() });
        }
        Matcher p = PAPER.matcher(s);
        while (p.find()) {
            if (inside(excluded, p.start(), p.end()))
                continue;
            out.add(new Mention(Mention.Kind.REFERENCE, NodeFactory.createLiteralString(p.group()), null, quote(part, p.start(), p.end())));
            excluded.add(new int[] { p.start(), p.end() });
        }
        Matcher r = RESOLUTIONS.matcher(s);
        while (r.find()) {
            Matcher n = DIGITS.matcher(s).region(r.start(1), r.end(1));
            while (n.find()) {
                out.add(new Mention(Mention.Kind.REFERENCE, NodeFactory.createLiteralString(n.group()), "resolution", quote(part, n.start(), n.end())));
                excluded.add(new int[] { n.start(), n.end() });
            }
        }
    }

    private static boolean inside(List<int[]> ranges, int a, int b) {
        return ranges.stream().anyMatch(t -> a < t[1] && t[0] < b);
    }

    private static Quote quote(Part part, int start, int end) {
        List<Span> pieces = part.text().pieces(start, end);
        return new Quote(part, start, end, pieces);
    }
}
