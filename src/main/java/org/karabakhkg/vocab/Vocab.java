package org.karabakhkg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;

/** Namespaces, and the nodes karabakh-kg writes, one nested class per vocabulary. */
public final class Vocab {
    public static final String BASE = "https://w3id.org/karabakh-kg/";
    public static final String KG = BASE + "ontology#";
    public static final String ENT = BASE + "id/";
    public static final String RES = BASE + "resource/";
    public static final String LETTER = BASE + "letter/";
    public static final String GRAPH = BASE + "graph/";

    public static final String RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String RDFS_NS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String OWL_NS = "http://www.w3.org/2002/07/owl#";
    public static final String XSD_NS = "http://www.w3.org/2001/XMLSchema#";
    public static final String SKOS_NS = "http://www.w3.org/2004/02/skos/core#";
    public static final String DCT_NS = "http://purl.org/dc/terms/";
    public static final String PROV_NS = "http://www.w3.org/ns/prov#";
    public static final String OA_NS = "http://www.w3.org/ns/oa#";
    public static final String SEM_NS = "http://semanticweb.cs.vu.nl/2009/11/sem/";
    public static final String SCHEMA_NS = "https://schema.org/";
    public static final String ORG_NS = "http://www.w3.org/ns/org#";
    public static final String FOAF_NS = "http://xmlns.com/foaf/0.1/";
    public static final String TIME_NS = "http://www.w3.org/2006/time#";
    public static final String SH_NS = "http://www.w3.org/ns/shacl#";

    private Vocab() {}

    /** The prefixes of claim files, exports and queries. */
    public static PrefixMap prefixes() {
        PrefixMap pm = PrefixMapFactory.create();
        pm.add("kg", KG);
        pm.add("ent", ENT);
        pm.add("res", RES);
        pm.add("letter", LETTER);
        pm.add("rdf", RDF_NS);
        pm.add("rdfs", RDFS_NS);
        pm.add("owl", OWL_NS);
        pm.add("xsd", XSD_NS);
        pm.add("skos", SKOS_NS);
        pm.add("dcterms", DCT_NS);
        pm.add("prov", PROV_NS);
        pm.add("oa", OA_NS);
        pm.add("sem", SEM_NS);
        pm.add("schema", SCHEMA_NS);
        pm.add("org", ORG_NS);
        pm.add("foaf", FOAF_NS);
        pm.add("time", TIME_NS);
        return pm;
    }

    /** The prefixes as a Turtle header. */
    public static String turtlePrefixes() {
        StringBuilder sb = new StringBuilder();
        prefixes().forEach((p, ns) -> sb.append("@prefix ").append(p).append(": <").append(ns).append("> .\n"));
        return sb.toString();
    }

    public static Node iri(String s) {
        return NodeFactory.createURI(s);
    }

    public static final class RDF {
        public static final Node type = iri(RDF_NS + "type");
        public static final Node value = iri(RDF_NS + "value");
        private RDF() {}
    }

    public static final class RDFS {
        public static final Node label = iri(RDFS_NS + "label");
        public static final Node comment = iri(RDFS_NS + "comment");
        public static final Node subClassOf = iri(RDFS_NS + "subClassOf");
        private RDFS() {}
    }

    public static final class SKOS {
        public static final Node prefLabel = iri(SKOS_NS + "prefLabel");
        public static final Node altLabel = iri(SKOS_NS + "altLabel");
        public static final Node hiddenLabel = iri(SKOS_NS + "hiddenLabel");
        public static final Node editorialNote = iri(SKOS_NS + "editorialNote");
        public static final Node notation = iri(SKOS_NS + "notation");
        public static final Node inScheme = iri(SKOS_NS + "inScheme");
        private SKOS() {}
    }

    public static final class DCT {
        public static final Node identifier = iri(DCT_NS + "identifier");
        public static final Node title = iri(DCT_NS + "title");
        public static final Node date = iri(DCT_NS + "date");
        public static final Node created = iri(DCT_NS + "created");
        public static final Node creator = iri(DCT_NS + "creator");
        public static final Node language = iri(DCT_NS + "language");
        public static final Node isPartOf = iri(DCT_NS + "isPartOf");
        public static final Node source = iri(DCT_NS + "source");
        public static final Node type = iri(DCT_NS + "type");
        public static final Node description = iri(DCT_NS + "description");
        private DCT() {}
    }

    public static final class PROV {
        public static final Node Entity = iri(PROV_NS + "Entity");
        public static final Node wasDerivedFrom = iri(PROV_NS + "wasDerivedFrom");
        public static final Node wasAttributedTo = iri(PROV_NS + "wasAttributedTo");
        public static final Node wasGeneratedBy = iri(PROV_NS + "wasGeneratedBy");
        public static final Node Activity = iri(PROV_NS + "Activity");
        public static final Node SoftwareAgent = iri(PROV_NS + "SoftwareAgent");
        public static final Node wasAssociatedWith = iri(PROV_NS + "wasAssociatedWith");
        private PROV() {}
    }

    public static final class OA {
        public static final Node SpecificResource = iri(OA_NS + "SpecificResource");
        public static final Node TextQuoteSelector = iri(OA_NS + "TextQuoteSelector");
        public static final Node TextPositionSelector = iri(OA_NS + "TextPositionSelector");
        public static final Node hasSource = iri(OA_NS + "hasSource");
        public static final Node hasSelector = iri(OA_NS + "hasSelector");
        public static final Node exact = iri(OA_NS + "exact");
        public static final Node prefix = iri(OA_NS + "prefix");
        public static final Node suffix = iri(OA_NS + "suffix");
        public static final Node start = iri(OA_NS + "start");
        public static final Node end = iri(OA_NS + "end");
        private OA() {}
    }

    public static final class SEM {
        public static final Node Event = iri(SEM_NS + "Event");
        public static final Node hasTimeStamp = iri(SEM_NS + "hasTimeStamp");
        private SEM() {}
    }

    public static final class SCHEMA {
        public static final Node url = iri(SCHEMA_NS + "url");
        public static final Node text = iri(SCHEMA_NS + "text");
        public static final Node position = iri(SCHEMA_NS + "position");
        public static final Node encodingFormat = iri(SCHEMA_NS + "encodingFormat");
        private SCHEMA() {}
    }

    public static final class KGV {
        public static final Node Letter = iri(KG + "Letter");
        public static final Node Paragraph = iri(KG + "Paragraph");
        public static final Node Sentence = iri(KG + "Sentence");
        public static final Node Footnote = iri(KG + "Footnote");
        public static final Node FootnoteReference = iri(KG + "FootnoteReference");
        public static final Node Closing = iri(KG + "Closing");
        public static final Node Claim = iri(KG + "Claim");
        public static final Node Mention = iri(KG + "Mention");
        public static final Node start = iri(KG + "start");
        public static final Node end = iri(KG + "end");
        public static final Node text = iri(KG + "text");
        public static final Node number = iri(KG + "number");
        public static final Node citesUrl = iri(KG + "citesUrl");
        public static final Node refersToFootnote = iri(KG + "refersToFootnote");
        public static final Node sourceFile = iri(KG + "sourceFile");
        public static final Node sha256 = iri(KG + "sha256");
        public static final Node addressee = iri(KG + "addressee");
        public static final Node dossier = iri(KG + "dossier");
        public static final Node documentNumber = iri(KG + "documentNumber");
        public static final Node quote = iri(KG + "quote");
        public static final Node claimKind = iri(KG + "claimKind");
        public static final Node inSentence = iri(KG + "inSentence");
        public static final Node inFootnote = iri(KG + "inFootnote");
        public static final Node contextSelector = iri(KG + "contextSelector");
        public static final Node mentions = iri(KG + "mentions");
        public static final Node mentionKind = iri(KG + "mentionKind");
        public static final Node value = iri(KG + "value");
        public static final Node qualifier = iri(KG + "qualifier");
        public static final Node timeQualifier = iri(KG + "timeQualifier");
        public static final Node timePrecision = iri(KG + "timePrecision");
        public static final Node government = iri(KG + "government");
        public static final Node EntityMention = iri(KG + "EntityMention");
        public static final Node DateMention = iri(KG + "DateMention");
        public static final Node AmountMention = iri(KG + "AmountMention");
        public static final Node ReferenceMention = iri(KG + "ReferenceMention");
        private KGV() {}
    }
}
