package org.karabakhkg.claims;

import java.nio.file.Path;
import java.util.List;

/** One claim as an analyst wrote it, with where it stands in its file. */
public record Claim(
    String id, String kind, String quote, Integer occurrence, List<String> context, String note,
    String assertion, Path file, int line, int assertionLine) {

    /** {@code file:line: claim 'id'}: the start of every message about this claim. */
    public String where() {
        return file + ":" + line + ": claim '" + id + "'";
    }
}
