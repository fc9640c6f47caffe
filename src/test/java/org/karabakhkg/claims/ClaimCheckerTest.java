package org.karabakhkg.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.karabakhkg.KgException;
import org.karabakhkg.seed.Entities;
import org.karabakhkg.seed.LetterMetadata;
import org.karabakhkg.text.LetterText;
import org.karabakhkg.vocab.Ontology;

/** Claims checked against the seed letter: good ones pass, each kind of bad one fails naming the claim. */
class ClaimCheckerTest {
    private static ClaimChecker checker;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        LetterText text = LetterText.read(Path.of("seeds/kamerbrief-21501-02-nr-2375.txt"));
        LetterMetadata meta = LetterMetadata.read(Path.of("seeds/kamerbrief-21501-02-nr-2375.meta.yaml"));
        checker = new ClaimChecker(text, meta, Entities.load(Path.of("seeds/entities.ttl")), Ontology.load(Path.of("ontology")));
    }

    private List<Claim> claims(String yaml) throws IOException {
        Path f = dir.resolve("test.claims.yaml");
        Files.writeString(f, yaml);
        return ClaimFile.read(f);
    }

    private static String claim(String quote, String assertion) {
        return "claims:\n  - id: c1\n    kind: event\n    quote: \"" + quote + "\"\n    assert: |\n"
            + assertion.lines().map(l -> "      " + l + "\n").reduce("", String::concat);
    }

    @Test
    void exchangeOfTwelveJuneIsGroundedAcrossItsQuote() throws IOException {
        CheckedClaim c = checker.check(claims(claim(
            "op 12 juni, na bemiddeling door de EU, de VS en het OVSE-voorzitterschap, een deal tot stand waarbij Azerbeidzjan 15 gevangen overdroeg aan Armenië",
            """
            res:x a kg:Exchange ; rdfs:label "uitwisseling"@nl , "exchange"@en ;
                sem:hasTimeStamp "2021-06-12"^^xsd:date ;
                kg:mediator ent:eu , ent:usa , ent:osce-chairmanship ;
                kg:giver ent:azerbaijan ; kg:recipient ent:armenia ;
                kg:object res:p . res:p schema:value 15 .
            """)).get(0));
        assertEquals(11, c.assertion().size());
        assertEquals(1, c.quote().pieces().size());
    }

    @Test
    void quoteInterruptedByAFootnoteBlockHasTwoPieces() throws IOException {
        CheckedClaim c = checker.check(claims(claim("In 1993 nam de VN Veiligheidsraad vier resoluties aan over dit conflict.",
            "res:r a kg:Publication ; sem:hasTimeStamp \"1993\"^^xsd:gYear ; kg:object res:n . res:n schema:value 4 ; sem:hasActor ent:unsc .")).get(0));
        assertEquals(2, c.quote().pieces().size());
    }

    @Test
    void qualifiedNumbersNeedTheirWords() throws IOException {
        checker.check(claims(claim("Circa een miljoen mensen verliet huis en haard",
            "res:d schema:value 1000000 ; kg:qualifier kg:Approximately .")).get(0));
        KgException e = assertThrows(KgException.class, () -> checker.check(claims(claim("Circa een miljoen mensen verliet huis en haard",
            "res:d schema:value 1000000 ; kg:qualifier kg:MoreThan .")).get(0)));
        assertTrue(e.getMessage().contains("qualifier MoreThan needs one of"), e.getMessage());
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        "de Maan is van kaas | res:x rdfs:label \"x\"@en . | quote not found",
        "Minsk Groep | res:x rdfs:label \"x\"@en . | quote is ambiguous",
        "Azerbeidzjan 15 gevangen overdroeg aan Armenië | res:x kg:giver ent:atlantis . | unknown entity ent:atlantis",
        "Azerbeidzjan 15 gevangen overdroeg aan Armenië | res:x kg:mediator ent:russia . | entity ent:russia is not named",
        "Azerbeidzjan 15 gevangen overdroeg aan Armenië | res:x schema:value 16 . | number 16 is not in the quote",
        "In dit kader kwam er op 12 juni | res:x sem:hasTimeStamp \"2020-06-12\"^^xsd:date . | date 2020-06-12 (xsd:date) does not follow",
        "In dit kader kwam er op 12 juni | res:x sem:hasTimeStamp \"2021-06\"^^xsd:gYearMonth ; kg:wrongTerm 1 . | unknown term kg:wrongTerm",
        "Azerbeidzjan 15 gevangen overdroeg aan Armenië | res:x rdfs:label \"vijftien gevangenen\" . | plain string but does not stand verbatim",
        "Azerbeidzjan 15 gevangen overdroeg aan Armenië | res:x kg:object [ schema:value 15 ] . | blank node",
        "Azerbeidzjan 15 gevangen overdroeg aan Armenië | res:x kg:object . | invalid Turtle in 'assert'" })
    void badClaimFailsNamingClaimAndReason(String quote, String assertion, String reason) throws IOException {
        KgException e = assertThrows(KgException.class, () -> checker.checkAll(claims(claim(quote, assertion))));
        assertTrue(e.getMessage().contains("claim 'c1'"), e.getMessage());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
        assertTrue(e.getMessage().startsWith(dir.resolve("test.claims.yaml").toString() + ":"), e.getMessage());
    }

    @Test
    void turtleErrorNamesTheLineInTheClaimFile() throws IOException {
        KgException e = assertThrows(KgException.class, () -> checker.checkAll(claims(claim("Minsk Groep covoorzitters een verklaring",
            "res:x a kg:Publication ;\n  rdfs:label \"a\"@nl ;\n  kg:party ent:eu ent:usa .")))); 
        assertTrue(e.getMessage().matches(".*test\\.claims\\.yaml:(7|8):\\d+: claim 'c1'.*"), e.getMessage());
    }

    @Test
    void occurrenceDisambiguates() throws IOException {
        String yaml = "claims:\n  - id: c1\n    kind: fact\n    quote: \"de deal van 12 juni\"\n    occurrence: 2\n    assert: |\n      res:x rdfs:label \"x\"@en .\n";
        CheckedClaim second = checker.check(claims(yaml).get(0));
        CheckedClaim first = checker.check(claims(yaml.replace("occurrence: 2", "occurrence: 1")).get(0));
        assertTrue(first.quote().pieces().get(0).start() < second.quote().pieces().get(0).start());
        assertThrows(KgException.class, () -> checker.check(claims(yaml.replace("occurrence: 2", "occurrence: 3")).get(0)));
    }

    @Test
    void contextResolvesTheCountries() throws IOException {
        String yaml = "claims:\n  - id: c1\n    kind: event\n    quote: \"voerden de landen een hevige oorlog\"\n"
            + "    context: [\"Het conflict tussen Azerbeidzjan en Armenië\"]\n"
            + "    assert: |\n      res:w kg:party ent:azerbaijan , ent:armenia .\n";
        assertEquals(1, checker.check(claims(yaml).get(0)).context().size());
    }

    @Test
    void authorAndGovernmentNeedNoName() throws IOException {
        Node kaag = NodeFactory.createURI("https://w3id.org/karabakh-kg/id/kaag");
        CheckedClaim c = checker.check(claims(claim("Alleen een diplomatieke oplossing is een duurzame oplossing.",
            "res:s a kg:Stance ; kg:holder ent:dutch-government , ent:kaag .")).get(0));
        assertTrue(c.assertion().contains(Node.ANY, Node.ANY, kaag));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "'claims:\n  - id: c1\n    kind: event\n   quote: [' | malformed YAML",
        "'claims:\n  - id: c1\n    kind: rumour\n    quote: \"x\"\n    assert: \"x\"\n' | unknown kind 'rumour'",
        "'claims:\n  - id: C 1\n    kind: event\n    quote: \"x\"\n    assert: \"x\"\n' | must be lowercase",
        "'claims:\n  - id: c1\n    kind: event\n    assert: \"x\"\n' | missing 'quote'",
        "'claims:\n  - id: c1\n    kind: event\n    quote: x\n    assert: x\n    colour: red\n' | unknown claim field 'colour'",
        "'claims:\n  - id: c1\n    kind: event\n    quote: x\n    assert: x\n  - id: c1\n    kind: event\n    quote: x\n    assert: x\n' | defined twice",
        "'nothing: here\n' | has no 'claims' list" })
    void malformedClaimFileFailsWithItsLine(String yaml, String reason) {
        KgException e = assertThrows(KgException.class, () -> claims(yaml.replace("\\n", "\n")));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
        assertTrue(e.getMessage().matches(".*test\\.claims\\.yaml(:\\d+)+: .*"), e.getMessage());
    }
}
