package org.karabakhkg.rdf;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.karabakhkg.annotate.Mention;
import org.karabakhkg.claims.CheckedClaim;
import org.karabakhkg.seed.LetterMetadata;
import org.karabakhkg.text.Footnote;
import org.karabakhkg.text.FootnoteRef;
import org.karabakhkg.text.LetterText;
import org.karabakhkg.text.Part;
import org.karabakhkg.text.Quote;
import org.karabakhkg.text.Sentence;
import org.karabakhkg.text.Span;
import org.karabakhkg.vocab.Vocab;
import org.karabakhkg.vocab.Vocab.DCT;
import org.karabakhkg.vocab.Vocab.KGV;
import org.karabakhkg.vocab.Vocab.OA;
import org.karabakhkg.vocab.Vocab.PROV;
import org.karabakhkg.vocab.Vocab.RDF;
import org.karabakhkg.vocab.Vocab.SCHEMA;
import org.karabakhkg.vocab.Vocab.SKOS;

/**
 * Writes one letter into a dataset: its text model, its checked claims (one named graph each, with
 * their Web Annotation provenance) and its automatic mentions. Every IRI is derived from the input, so
 * the same input gives the same graph.
 */
public final class LetterMapper {
    /** Characters of context kept in oa:prefix and oa:suffix. */
    static final int AFFIX = 32;
    private static final Map<String, Node> CLAIM_KINDS = Map.of(
        "event", Vocab.iri(Vocab.KG + "EventClaim"), "fact", Vocab.iri(Vocab.KG + "FactClaim"),
        "position", Vocab.iri(Vocab.KG + "PositionClaim"), "reference", Vocab.iri(Vocab.KG + "ReferenceClaim"),
        "metadata", Vocab.iri(Vocab.KG + "MetadataClaim"));
    private static final Map<Mention.Kind, Node> MENTION_KINDS = Map.of(
        Mention.Kind.ENTITY, KGV.EntityMention, Mention.Kind.DATE, KGV.DateMention,
        Mention.Kind.AMOUNT, KGV.AmountMention, Mention.Kind.REFERENCE, KGV.ReferenceMention);

    private final DatasetGraph out;
    private final LetterText text;
    private final LetterMetadata meta;
    private final Iris iris;
    private final String lang;

    public LetterMapper(DatasetGraph out, LetterText text, LetterMetadata meta) {
        this.out = out;
        this.text = text;
        this.meta = meta;
        this.iris = new Iris(meta.id());
        this.lang = meta.language();
    }

    public Iris iris() {
        return iris;
    }

    /** The letter itself, from its metadata and its file. */
    public void mapLetter(String fileName, String sha256) {
        Node g = iris.textGraph();
        Node l = iris.letter();
        add(g, l, RDF.type, KGV.Letter);
        add(g, l, DCT.identifier, str(meta.id()));
        for (String id : new String[] { meta.documentNumber(), meta.caseNumber() }) {
            if (id != null)
                add(g, l, DCT.identifier, str(id));
        }
        meta.title().forEach((tag, t) -> add(g, l, DCT.title, text(t, tag)));
        add(g, l, DCT.type, text(meta.kind(), lang));
        add(g, l, DCT.date, NodeFactory.createLiteralDT(meta.date().toString(), XSDDatatype.XSDdate));
        add(g, l, DCT.language, str(meta.language()));
        add(g, l, DCT.creator, entity(meta.author()));
        if (meta.authorOffice() != null)
            add(g, l, PROV.wasAttributedTo, entity(meta.authorOffice()));
        add(g, l, PROV.wasAttributedTo, entity(meta.government()));
        if (meta.addressee() != null)
            add(g, l, KGV.addressee, entity(meta.addressee()));
        meta.occasion().forEach((tag, t) -> add(g, l, DCT.description, text(t, tag)));
        if (meta.dossier() != null) {
            add(g, l, KGV.dossier, str(meta.dossier()));
            if (meta.number() != null)
                add(g, l, KGV.documentNumber, str(meta.number()));
            Node d = iris.dossier(meta.dossier());
            add(g, l, DCT.isPartOf, d);
            add(g, d, KGV.dossier, str(meta.dossier()));
            add(g, d, RDF.type, Vocab.iri(Vocab.SCHEMA_NS + "Collection"));
            String label = meta.dossier() + (meta.dossierTitle() == null ? "" : " " + meta.dossierTitle());
            add(g, d, Vocab.RDFS.label, text("Kamerstuk " + label, "nl"));
            add(g, d, Vocab.RDFS.label, text("Parliamentary paper " + label, "en"));
        }
        add(g, l, KGV.sourceFile, str(fileName));
        add(g, l, KGV.sha256, str(sha256));
        add(g, l, SCHEMA.encodingFormat, str("text/plain; charset=UTF-8"));
        add(g, l, SCHEMA.text, str(text.original()));
    }

    /** Paragraphs, footnotes, closing lines, sentences and footnote references. */
    public void mapText() {
        Node g = iris.textGraph();
        for (Part p : text.parts()) {
            Node part = iris.part(p);
            Node type = switch (p.kind()) {
                case PARAGRAPH -> KGV.Paragraph;
                case FOOTNOTE -> KGV.Footnote;
                case CLOSING -> KGV.Closing;
            };
            add(g, part, RDF.type, type);
            add(g, part, KGV.number, integer(p.number()));
            add(g, part, DCT.isPartOf, iris.letter());
            offsets(g, part, p.extent());
            add(g, part, KGV.text, text(p.text().text(), lang));
            if (p.kind() == Part.Kind.FOOTNOTE) {
                for (String url : LetterText.urlsIn(p.text().text()))
                    add(g, part, KGV.citesUrl, NodeFactory.createURI(url));
            }
            for (Sentence s : p.sentences()) {
                Node sn = iris.sentence(s.number());
                add(g, sn, RDF.type, KGV.Sentence);
                add(g, sn, KGV.number, integer(s.number()));
                add(g, sn, DCT.isPartOf, part);
                add(g, sn, DCT.isPartOf, iris.letter());
                offsets(g, sn, s.extent());
                add(g, sn, KGV.text, text(s.text(), lang));
            }
        }
        for (FootnoteRef r : text.footnoteRefs()) {
            Node ref = iris.footnoteRef(r.number());
            Node fn = iris.footnote(r.number());
            add(g, ref, RDF.type, KGV.FootnoteReference);
            add(g, ref, KGV.number, integer(r.number()));
            add(g, ref, KGV.refersToFootnote, fn);
            offsets(g, ref, r.span());
            for (Sentence s : text.sentences()) {
                if (s.partKind() != Part.Kind.FOOTNOTE && s.extent().start() <= r.span().start() && r.span().start() <= s.extent().end()) {
                    add(g, ref, DCT.isPartOf, iris.sentence(s.number()));
                    add(g, iris.sentence(s.number()), KGV.refersToFootnote, fn);
                    break;
                }
            }
        }
    }

    /** One claim: its assertion in its own named graph, and its grounding in the provenance graph. */
    public void mapClaim(CheckedClaim cc) {
        Node c = iris.claim(cc.claim().id());
        for (Triple t : cc.assertion().find().toList())
            out.add(new Quad(c, t));
        Node g = iris.provenanceGraph();
        add(g, c, RDF.type, KGV.Claim);
        add(g, c, KGV.claimKind, CLAIM_KINDS.get(cc.claim().kind()));
        add(g, c, DCT.source, iris.letter());
        add(g, c, KGV.quote, text(cc.quote().text(), lang));
        if (cc.claim().note() != null)
            add(g, c, SKOS.editorialNote, text(cc.claim().note(), "en"));
        ground(g, c, PROV.wasDerivedFrom, iris.target(c), cc.quote());
        for (int i = 0; i < cc.context().size(); i++)
            ground(g, c, KGV.contextSelector, iris.context(c, i + 1), cc.context().get(i));
    }

    /** One mention of the automatic layer, grounded like a claim. */
    public void mapMentions(List<Mention> mentions) {
        Node g = iris.mentionsGraph();
        Set<String> used = new HashSet<>();
        for (Mention m : mentions) {
            Span first = m.quote().pieces().get(0);
            Span last = m.quote().pieces().get(m.quote().pieces().size() - 1);
            String key = text.codePointOffset(first.start()) + "-" + text.codePointOffset(last.end()) + "-" + m.kind().name().toLowerCase();
            String unique = key;
            for (int n = 2; !used.add(unique); n++)
                unique = key + "-" + n;
            Node mn = iris.mention(unique);
            add(g, mn, RDF.type, KGV.Mention);
            add(g, mn, KGV.mentionKind, MENTION_KINDS.get(m.kind()));
            if (m.value().isURI())
                add(g, mn, KGV.mentions, m.value());
            else
                add(g, mn, KGV.value, m.value());
            if (m.unit() != null)
                add(g, mn, Vocab.iri(Vocab.SCHEMA_NS + "unitText"), str(m.unit()));
            ground(g, mn, PROV.wasDerivedFrom, iris.target(mn), m.quote());
        }
    }

    /**
     * Links {@code subject} to one oa:SpecificResource per contiguous piece of the quote, each with a
     * TextQuoteSelector and a TextPositionSelector on the letter, and to the sentences it stands in.
     */
    private void ground(Node g, Node subject, Node link, String targetBase, Quote q) {
        List<Span> pieces = q.pieces();
        for (int i = 0; i < pieces.size(); i++) {
            Span piece = pieces.get(i);
            Node target = NodeFactory.createURI(pieces.size() == 1 ? targetBase : targetBase + "-" + (i + 1));
            add(g, subject, link, target);
            add(g, target, RDF.type, OA.SpecificResource);
            add(g, target, OA.hasSource, iris.letter());
            Node quoteSel = NodeFactory.createURI(target.getURI() + "/quote");
            Node posSel = NodeFactory.createURI(target.getURI() + "/position");
            add(g, target, OA.hasSelector, quoteSel);
            add(g, target, OA.hasSelector, posSel);
            int start = text.codePointOffset(piece.start());
            int end = text.codePointOffset(piece.end());
            add(g, quoteSel, RDF.type, OA.TextQuoteSelector);
            add(g, quoteSel, OA.exact, str(text.original().substring(piece.start(), piece.end())));
            add(g, quoteSel, OA.prefix, str(text.substringByCodePoints(Math.max(0, start - AFFIX), start)));
            add(g, quoteSel, OA.suffix, str(text.substringByCodePoints(end, Math.min(text.codePointLength(), end + AFFIX))));
            add(g, posSel, RDF.type, OA.TextPositionSelector);
            add(g, posSel, OA.start, nonNegative(start));
            add(g, posSel, OA.end, nonNegative(end));
            Footnote fn = text.footnoteAt(piece.start());
            if (fn != null && link.equals(PROV.wasDerivedFrom))
                add(g, subject, KGV.inFootnote, iris.footnote(fn.number()));
        }
        if (link.equals(PROV.wasDerivedFrom)) {
            for (Sentence s : text.sentencesOf(q))
                add(g, subject, KGV.inSentence, iris.sentence(s.number()));
        }
    }

    private void offsets(Node g, Node s, Span span) {
        add(g, s, KGV.start, nonNegative(text.codePointOffset(span.start())));
        add(g, s, KGV.end, nonNegative(text.codePointOffset(span.end())));
    }

    private Node entity(String id) {
        return Vocab.iri(Vocab.ENT + id);
    }

    private void add(Node g, Node s, Node p, Node o) {
        out.add(g, s, p, o);
    }

    private static Node str(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node text(String s, String tag) {
        return tag == null || tag.isEmpty() ? str(s) : NodeFactory.createLiteralLang(s, tag);
    }

    private static Node integer(int n) {
        return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDpositiveInteger);
    }

    private static Node nonNegative(int n) {
        return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDnonNegativeInteger);
    }
}
