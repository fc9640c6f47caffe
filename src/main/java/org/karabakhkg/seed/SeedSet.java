package org.karabakhkg.seed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.karabakhkg.KgException;

/** What {@code seeds/} holds: the letters ({@code *.txt}) and the shared entity file. */
public record SeedSet(Path dir, List<LetterSeed> letters, Path entities) {
    public static final String ENTITIES = "entities.ttl";

    public static SeedSet scan(Path dir) {
        if (!Files.isDirectory(dir))
            throw new KgException(dir + ": seeds directory not found");
        List<LetterSeed> letters;
        try (Stream<Path> s = Files.list(dir)) {
            letters = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().map(LetterSeed::of).toList();
        } catch (IOException e) {
            throw new KgException(dir + ": cannot list seeds: " + e.getMessage());
        }
        if (letters.isEmpty())
            throw new KgException(dir + ": no letter (*.txt) in seeds directory");
        for (LetterSeed l : letters) {
            if (!Files.exists(l.metadata()))
                throw new KgException(l.metadata() + ": metadata file missing for letter " + l.text().getFileName());
        }
        Path entities = dir.resolve(ENTITIES);
        if (!Files.exists(entities))
            throw new KgException(entities + ": entity file not found");
        return new SeedSet(dir, letters, entities);
    }
}
