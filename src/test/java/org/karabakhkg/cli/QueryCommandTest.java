package org.karabakhkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The query and search commands against a store built from the seeds, and their bad inputs. */
class QueryCommandTest {
    @TempDir
    static Path dir;
    private static String store;

    @BeforeAll
    static void build() {
        store = dir.resolve("store").toString();
        assertEquals(0, Cli.run("build", "--store", store).exit());
    }

    /** Runs a command whose results go to System.out, as query and search write them. */
    private static Cli runCapturing(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            Cli c = Cli.run(args);
            return new Cli(c.exit(), buf.toString(StandardCharsets.UTF_8) + c.out(), c.err());
        } finally {
            System.setOut(old);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "table | \"Azerbaijan\"@en",
        "csv   | code,nl,en",
        "tsv   | ?code\t?nl\t?en",
        "json  | \"xml:lang\": \"nl\"",
        "xml   | <sparql xmlns=\"http://www.w3.org/2005/sparql-results#\">" })
    void selectInEveryResultFormat(String format, String expected) {
        Cli c = runCapturing("query", "states", "--store", store, "--format", format);
        assertEquals(0, c.exit(), c.err());
        assertTrue(c.out().contains(expected), c.out());
        assertTrue(c.out().contains("AZ"), c.out());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "turtle | kg:mediator",
        "jsonld | \"@context\"",
        "nquads | <https://w3id.org/karabakh-kg/ontology#mediator>",
        "trig   | kg:mediator" })
    void constructInEveryGraphFormat(String format, String expected) {
        Cli c = runCapturing("query", "construct-exchange", "--store", store, "--format", format);
        assertEquals(0, c.exit(), c.err());
        assertTrue(c.out().contains(expected), c.out());
    }

    @Test
    void tableShowsPrefixedNamesAndLanguageTags() {
        Cli c = runCapturing("query", "--store", store, "--text", "SELECT ?m WHERE { ent:osce-minsk-group kg:coChair ?m }");
        assertTrue(c.out().contains("| ent:france |"), c.out());
    }

    @Test
    void listShowsEveryQuestionOnOneLine() {
        Cli c = Cli.run("query", "--list");
        assertEquals(0, c.exit());
        assertTrue(c.out().lines().count() >= 30);
        assertTrue(c.out().contains("mediators") && c.out().contains("Who mediated what"), c.out());
    }

    @Test
    void syntaxErrorNamesLineAndColumn() {
        Cli c = Cli.run("query", "--store", store, "--text", "SELECT ?x\nWHERE { ?x ?y }");
        assertEquals(1, c.exit());
        assertTrue(c.err().matches("(?s)karabakh-kg: error: --text:2:\\d+: SPARQL syntax error: .*"), c.err());
    }

    @Test
    void unknownNameListsTheClosest() {
        Cli c = Cli.run("query", "mediator", "--store", store);
        assertEquals(1, c.exit());
        assertTrue(c.err().contains("no question named 'mediator'") && c.err().contains("closest: mediators"), c.err());
    }

    @Test
    void formatThatDoesNotFitTheQueryIsRefused() {
        Cli c = Cli.run("query", "states", "--store", store, "--format", "turtle");
        assertEquals(1, c.exit());
        assertTrue(c.err().contains("does not fit a SELECT or ASK query"), c.err());
    }

    @Test
    void queryPastItsTimeoutIsStopped() {
        long t0 = System.nanoTime();
        Cli c = Cli.run("query", "--store", store, "--timeout", "0.5", "--text",
            "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");
        assertEquals(1, c.exit());
        assertTrue(c.err().contains("query stopped: it ran longer than the timeout of 0.5 s"), c.err());
        assertTrue((System.nanoTime() - t0) / 1e9 < 20, "stopped, not run to the end");
    }

    @Test
    void searchFoldsDiacriticsAndCase() {
        Cli c = runCapturing("search", "--store", store, "ARMENIE", "gevangen");
        assertEquals(0, c.exit(), c.err());
        assertTrue(c.out().contains("[50] In dit kader kwam er op 12 juni"), c.out());
        assertTrue(c.out().contains("claim transfer-prisoners-2021-06-12"), c.out());
        assertTrue(c.out().contains("1 sentence(s)"), c.out());
    }

    @Test
    void searchFindsDutchSentencesByEnglishWordsOfTheirClaims() {
        Cli c = runCapturing("search", "--store", store, "peacekeepers");
        assertTrue(c.out().contains("Russische vredestroepen"), c.out());
    }

    @Test
    void emptySearchPrintsUsage() {
        Cli c = Cli.run("search", "--store", store);
        assertEquals(2, c.exit());
        assertTrue(c.err().contains("Usage: karabakh-kg search"), c.err());
    }
}
