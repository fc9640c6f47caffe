package org.karabakhkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.karabakhkg.rdf.GraphBuilder;
import org.karabakhkg.store.TdbStore;
import org.karabakhkg.validate.Validation;
import org.karabakhkg.vocab.Ontology;
import org.karabakhkg.vocab.Vocab;

/**
 * The answers the letter gives, asked of the TDB2 store built from the seeds, with the union of the
 * named graphs as default graph.
 */
class LetterAnswersTest {
    private static final String PREFIXES = org.karabakhkg.query.Sparql.prologue();

    @TempDir
    static Path dir;
    private static DatasetGraph store;
    private static GraphBuilder.Result built;

    @BeforeAll
    static void build() {
        built = GraphBuilder.build(Path.of("seeds"), Path.of("ontology"));
        TdbStore.replace(dir.resolve("store"), built.dataset());
        store = DatabaseMgr.connectDatasetGraph(dir.resolve("store").toString());
    }

    @AfterAll
    static void close() {
        TDBInternal.expel(store);
    }

    private static List<Map<String, String>> select(String where) {
        String q = PREFIXES + "SELECT * WHERE { " + where + " }";
        return Txn.calculateRead(store, () -> {
            List<Map<String, String>> rows = new ArrayList<>();
            try (QueryExec qe = QueryExec.dataset(store).query(q).set(TDB2.symUnionDefaultGraph, true).build()) {
                qe.select().forEachRemaining(b -> {
                    Map<String, String> row = new HashMap<>();
                    b.vars().forEachRemaining(v -> row.put(v.getVarName(), show(b.get(v))));
                    rows.add(row);
                });
            }
            return rows;
        });
    }

    private static Set<String> column(String var, String where) {
        Set<String> out = new TreeSet<>();
        select(where).forEach(r -> out.add(r.get(var)));
        return out;
    }

    private static String show(Node n) {
        if (n.isURI())
            return n.getURI().replace(Vocab.ENT, "ent:").replace(Vocab.KG, "kg:").replace(Vocab.RES, "res:");
        return n.getLiteralLexicalForm();
    }

    @Test
    void theGraphConformsToTheShapesAndEverySelectorMatchesTheLetter() {
        assertEquals(List.of(), Validation.ofBuild(built, Ontology.load(Path.of("ontology"))));
        assertTrue(built.summary().claims() >= 100, "claims: " + built.summary().claims());
        assertEquals(List.of(), built.summary().warnings(), "every sentence of the letter carries a claim");
    }

    @Test
    void theTwelveJuneExchangeWasMediatedByTheEuTheUsAndTheOsceChairmanship() {
        assertEquals(Set.of("ent:eu", "ent:usa", "ent:osce-chairmanship"),
            column("m", "?e a kg:Exchange ; sem:hasTimeStamp \"2021-06-12\"^^xsd:date ; kg:mediator ?m"));
    }

    @Test
    void azerbaijanHandedFifteenPrisonersToArmeniaAndArmeniaHandedMineMapsToAzerbaijan() {
        List<Map<String, String>> rows = select("?t a kg:Transfer ; kg:giver ?from ; kg:recipient ?to ; kg:object ?o ; sem:subEventOf ?e ."
            + " ?e a kg:Exchange . OPTIONAL { ?o schema:value ?n }");
        assertTrue(rows.stream().anyMatch(r -> r.get("from").equals("ent:azerbaijan") && r.get("to").equals("ent:armenia") && "15".equals(r.get("n"))), rows::toString);
        assertTrue(rows.stream().anyMatch(r -> r.get("from").equals("ent:armenia") && r.get("to").equals("ent:azerbaijan")), rows::toString);
    }

    @Test
    void whichSentenceSaysAzerbaijanHandedOverFifteenPrisoners() {
        List<Map<String, String>> rows = select("GRAPH ?claim { ?t kg:giver ent:azerbaijan ; kg:object ?o . ?o schema:value 15 }"
            + " ?claim kg:inSentence ?s ; prov:wasDerivedFrom ?target . ?s kg:text ?text ."
            + " ?target oa:hasSelector ?q , ?p . ?q oa:exact ?exact . ?p oa:start ?start ; oa:end ?end");
        assertFalse(rows.isEmpty());
        for (Map<String, String> r : rows) {
            assertTrue(r.get("text").contains("Azerbeidzjan 15 gevangen overdroeg aan Armenië"), r::toString);
            assertTrue(r.get("exact").contains("15 gevangen overdroeg aan Armeni"), r::toString);
            assertTrue(Integer.parseInt(r.get("start")) > 7000 && Integer.parseInt(r.get("end")) < 7600, r::toString);
        }
    }

    @Test
    void theMinskGroupIsCoChairedByTheUsRussiaAndFrance() {
        assertEquals(Set.of("ent:usa", "ent:russia", "ent:france"), column("c", "ent:osce-minsk-group kg:coChair ?c"));
        assertTrue(column("y", "?x kg:timeQualifier kg:Since ; sem:hasEarliestBeginTimeStamp ?y ; kg:about ent:osce-minsk-group").contains("1995"));
        assertTrue(column("y", "?f a kg:Founding ; org:resultingOrganization ent:osce-minsk-group ; sem:hasTimeStamp ?y").contains("1992"));
    }

    @Test
    void theTrilateralStatementOfNovember2020IsBetweenArmeniaAzerbaijanAndRussiaMediatedByRussia() {
        assertEquals(Set.of("ent:armenia", "ent:azerbaijan", "ent:russia"), column("p", "ent:trilateral-statement-2020 kg:party ?p"));
        assertEquals(Set.of("ent:russia"), column("m", "ent:trilateral-statement-2020 kg:mediator ?m"));
        assertEquals(Set.of("2020-11"), column("d", "ent:trilateral-statement-2020 dcterms:date ?d"));
        assertEquals(Set.of("ent:eu"), column("a", "ent:trilateral-statement-2020 kg:notParty ?a"));
    }

    @Test
    void qualifiedNumbersKeepTheirQualifiers() {
        assertEquals(Set.of("kg:Estimated", "kg:AtLeast"), column("q", "?v schema:value 6500 ; kg:qualifier ?q"));
        assertEquals(Set.of("kg:Approximately"), column("q", "?v schema:value 1000000 ; kg:qualifier ?q"));
        assertEquals(Set.of("kg:MoreThan"), column("q", "?v schema:value 680000 ; kg:qualifier ?q"));
        assertEquals(Set.of("kg:Approximately"), column("q", "?v schema:value 10 ; kg:qualifier ?q"));
        assertEquals(Set.of("P44D"), column("d", "?w a kg:War ; kg:duration ?d"));
    }

    @Test
    void theEarlyNinetiesWarKeepsItsVaguePrecision() {
        List<Map<String, String>> rows = select("?w a kg:War ; sem:hasEarliestBeginTimeStamp ?y ; kg:timePrecision ?p ; kg:timeQualifier ?q ; kg:timeText ?t");
        assertTrue(rows.stream().anyMatch(r -> r.get("y").equals("1990") && r.get("p").equals("kg:Decade") && r.get("q").equals("kg:Early")
            && r.get("t").equals("begin jaren ’90")), rows::toString);
    }

    @Test
    void azerbaijanInvokesTerritorialIntegrityAndArmeniaSelfDetermination() {
        assertEquals(Set.of("ent:principle-territorial-integrity"), column("p", "?x a kg:Invocation ; kg:holder ent:azerbaijan ; kg:invokes ?p"));
        assertEquals(Set.of("ent:principle-self-determination"), column("p", "?x a kg:Invocation ; kg:holder ent:armenia ; kg:invokes ?p"));
        assertEquals(4, column("p", "ent:helsinki-final-act kg:containsPrinciple ?p").size());
        assertEquals(Set.of("1975"), column("d", "ent:helsinki-final-act dcterms:date ?d"));
    }

    @Test
    void everyMotionOfParliamentWithItsNumber() {
        List<Map<String, String>> rows = select("?m a kg:Motion ; kg:dossier ?d ; kg:documentNumber ?n");
        Set<String> written = new TreeSet<>();
        rows.forEach(r -> written.add(r.get("d") + " nr. " + r.get("n")));
        assertEquals(Set.of("21 501-20 nr. 1630", "21501-02 nr. 2228", "33570 V nr. 42"), written);
        assertEquals(3, column("m", "?m a kg:Motion ; kg:submitter ?who").size());
    }

    @Test
    void theResolutionsAreRecordedAsTheLetterNumbersThemWithADoubtNoted() {
        assertEquals(Set.of("882", "853", "874", "884"), column("n", "?r a kg:Resolution ; kg:documentNumber ?n"));
        assertFalse(column("note", "?c skos:editorialNote ?note . FILTER(CONTAINS(?note, \"822\"))").isEmpty());
    }

    @Test
    void theEuMadeSixteenPointNineMillionEuroAvailable() {
        assertEquals(Set.of("16900000"), column("v", "?a a kg:Assistance ; kg:giver ent:eu ; kg:amount ?m . ?m a schema:MonetaryAmount ; schema:value ?v"));
    }

    @Test
    void theGovernmentRefusesToArgueForEndingAzerbaijansEasternPartnershipPositionAndSaysWhy() {
        List<Map<String, String>> rows = select("?r a kg:Refusal ; kg:holder ?h ; kg:about ent:eastern-partnership . OPTIONAL { ?r kg:reason ?why }");
        assertFalse(rows.isEmpty());
        assertTrue(rows.stream().allMatch(r -> r.get("h").equals("ent:dutch-government") || r.get("h").equals("ent:netherlands")), rows::toString);
        assertTrue(rows.stream().map(r -> r.get("why")).filter(w -> w != null).distinct().count() >= 3, rows::toString);
    }

    @Test
    void theCoChairsStatementOfThirteenAprilIsDatedByTheLettersYear() {
        assertTrue(column("d", "?p a kg:Publication ; sem:hasTimeStamp ?d").contains("2021-04-13"));
        assertTrue(column("u", "?s schema:url ?u").contains("https://www.osce.org/minsk-group/483416"));
    }

    @Test
    void claimsThatRestOnAFootnote() {
        assertEquals(Set.of("1", "2", "3", "4", "5", "6"), column("n", "?c a kg:Claim ; kg:inFootnote ?f . ?f kg:number ?n"));
    }

    @Test
    void theEuIsNotAMemberOfTheMinskGroup() {
        assertEquals(Set.of("ent:eu"), column("x", "ent:osce-minsk-group kg:notParty ?x"));
    }
}
