package org.karabakhkg.seed;

import java.nio.file.Files;
import java.nio.file.Path;

/** The files of one letter in {@code seeds/}: the text, its metadata, and its claims if any. */
public record LetterSeed(String name, Path text, Path metadata, Path claims) {
    public static LetterSeed of(Path text) {
        String file = text.getFileName().toString();
        String name = file.substring(0, file.length() - ".txt".length());
        Path dir = text.getParent();
        Path claims = dir.resolve(name + ".claims.yaml");
        return new LetterSeed(name, text, dir.resolve(name + ".meta.yaml"), Files.exists(claims) ? claims : null);
    }

    public boolean hasClaims() {
        return claims != null;
    }
}
