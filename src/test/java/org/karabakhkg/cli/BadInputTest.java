package org.karabakhkg.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of bad input gets one error line naming the file, line or claim, a non-zero exit, and
 * leaves the store of the last good build exactly as it was.
 */
class BadInputTest {
    private static final String LETTER = "kamerbrief-21501-02-nr-2375";

    @TempDir
    static Path shared;
    private static Path store;
    private static byte[] goodExport;

    @TempDir
    Path dir;
    private Path seeds;

    @BeforeAll
    static void buildOnce() throws IOException {
        store = shared.resolve("store");
        Cli built = Cli.run("build", "--store", store.toString());
        assertEquals(0, built.exit(), built.err());
        goodExport = export();
    }

    private static byte[] export() throws IOException {
        Path out = Files.createTempFile("export", ".nq");
        Cli c = Cli.run("export", "--store", store.toString(), "--format", "nquads", "--out", out.toString());
        assertEquals(0, c.exit(), c.err());
        return Files.readAllBytes(out);
    }

    @BeforeEach
    void copySeeds() throws IOException {
        seeds = dir.resolve("seeds");
        Files.createDirectories(seeds);
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            for (Path p : s.toList()) {
                Files.copy(p, seeds.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                seeds.resolve(p.getFileName()).toFile().setWritable(true);
            }
        }
    }

    private void failsNaming(String expected, String... args) throws IOException {
        Cli c = Cli.run(args);
        assertNotEquals(0, c.exit(), "exit code");
        assertEquals(1, c.errorLines(), () -> "one error line, got: " + c.err());
        assertTrue(c.err().contains(expected), () -> "expected '" + expected + "' in: " + c.err());
        assertArrayEquals(goodExport, export(), "the previous store must be untouched");
    }

    private void failsBuilding(String expected) throws IOException {
        failsNaming(expected, "build", "--seeds", seeds.toString(), "--store", store.toString());
    }

    private Path letter() {
        return seeds.resolve(LETTER + ".txt");
    }

    /** Replaces the claim file with one claim. */
    private void writeClaim(String quote, String assertion) throws IOException {
        Files.writeString(seeds.resolve(LETTER + ".claims.yaml"), "claims:\n  - id: bad\n    kind: event\n    quote: \"" + quote
            + "\"\n    assert: |\n      " + assertion + "\n");
    }

    @Test
    void missingLetter() throws IOException {
        Files.delete(letter());
        failsBuilding("no letter (*.txt)");
    }

    @Test
    void missingMetadata() throws IOException {
        Files.delete(seeds.resolve(LETTER + ".meta.yaml"));
        failsBuilding(LETTER + ".meta.yaml: metadata file missing");
    }

    @Test
    void emptyLetter() throws IOException {
        Files.write(letter(), new byte[0]);
        failsBuilding(LETTER + ".txt: letter is empty");
    }

    @Test
    void binaryLetter() throws IOException {
        Files.write(letter(), new byte[] { 'P', 'K', 3, 4, 0, 0, 1 });
        failsBuilding(LETTER + ".txt:1: letter is binary");
    }

    @Test
    void nonUtf8Letter() throws IOException {
        Files.write(letter(), "Geachte voorzitter,\nArmeni\u00eb\n".getBytes(StandardCharsets.ISO_8859_1));
        failsBuilding(LETTER + ".txt:2: letter is not valid UTF-8");
    }

    @Test
    void quoteAbsent() throws IOException {
        writeClaim("op 13 juni, na bemiddeling", "res:x rdfs:label \"x\"@en .");
        failsBuilding("claim 'bad': quote not found");
    }

    @Test
    void quoteAmbiguous() throws IOException {
        Files.writeString(seeds.resolve(LETTER + ".claims.yaml"),
            "claims:\n  - id: twice\n    kind: fact\n    quote: \"de deal van 12 juni\"\n    assert: |\n      res:x rdfs:label \"x\"@en .\n");
        failsBuilding("claim 'twice': quote is ambiguous");
    }

    @Test
    void unknownEntity() throws IOException {
        writeClaim("waarbij Azerbeidzjan 15 gevangen overdroeg aan Armenië", "res:x kg:giver ent:azerbaidjan .");
        failsBuilding("claim 'bad': unknown entity ent:azerbaidjan");
    }

    @Test
    void numberTheQuoteDoesNotHold() throws IOException {
        writeClaim("waarbij Azerbeidzjan 15 gevangen overdroeg aan Armenië", "res:x schema:value 16 .");
        failsBuilding("claim 'bad': number 16 is not in the quote");
    }

    @Test
    void dateTheQuoteDoesNotHold() throws IOException {
        writeClaim("In dit kader kwam er op 12 juni", "res:x sem:hasTimeStamp \"2021-06-13\"^^xsd:date .");
        failsBuilding("claim 'bad': date 2021-06-13 (xsd:date) does not follow from the quote");
    }

    @Test
    void malformedClaimFile() throws IOException {
        Files.writeString(seeds.resolve(LETTER + ".claims.yaml"), "claims:\n  - id: x\n   kind: [\n");
        failsBuilding(LETTER + ".claims.yaml:3:");
    }

    @Test
    void unknownExportFormat() throws IOException {
        failsNaming("unknown export format 'rdfxml'", "export", "--store", store.toString(), "--format", "rdfxml");
    }

    @Test
    void unwritableStoreLocation() throws IOException {
        Path file = dir.resolve("a-file");
        Files.writeString(file, "not a directory");
        failsNaming("cannot create store location", "build", "--store", file.resolve("store").toString());
    }

    @Test
    void directoryThatIsNotAStoreIsNeverReplaced() throws IOException {
        Path precious = dir.resolve("precious");
        Files.createDirectories(precious);
        Files.writeString(precious.resolve("notes.txt"), "mine");
        failsNaming("is not a TDB2 store; refusing to replace it", "build", "--store", precious.toString());
        assertEquals("mine", Files.readString(precious.resolve("notes.txt")));
    }
}
