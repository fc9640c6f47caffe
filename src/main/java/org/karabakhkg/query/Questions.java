package org.karabakhkg.query;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.karabakhkg.KgException;

/** The questions in a directory of {@code .rq} files, found by file or by name. */
public final class Questions {
    private Questions() {}

    public static List<Question> load(Path dir) {
        if (!Files.isDirectory(dir))
            throw new KgException(dir + ": queries directory not found");
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().map(Questions::read).toList();
        } catch (IOException e) {
            throw new KgException(dir + ": cannot list queries: " + e.getMessage());
        }
    }

    /** A query file, or the question named {@code name} in {@code dir}; an unknown name lists the closest ones. */
    public static Question resolve(String nameOrFile, Path dir) {
        Path asFile = Path.of(nameOrFile);
        if (nameOrFile.endsWith(".rq") || Files.isRegularFile(asFile)) {
            if (!Files.isRegularFile(asFile))
                throw new KgException(nameOrFile + ": query file not found");
            return read(asFile);
        }
        Path named = dir.resolve(nameOrFile + ".rq");
        if (Files.isRegularFile(named))
            return read(named);
        List<String> closest = load(dir).stream().map(Question::name)
            .sorted(Comparator.comparingInt((String n) -> distance(n, nameOrFile)).thenComparing(n -> n)).limit(3).toList();
        throw new KgException("no question named '" + nameOrFile + "' in " + dir + "; closest: " + String.join(", ", closest)
            + " (all: query --list)");
    }

    static Question read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new KgException(file + ": cannot read query: " + e.getMessage());
        }
        String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
        StringBuilder en = new StringBuilder();
        StringBuilder nl = new StringBuilder();
        StringBuilder answer = new StringBuilder();
        StringBuilder current = null;
        for (String line : text.lines().toList()) {
            if (!line.startsWith("#"))
                break;
            String body = line.substring(1).strip();
            if (body.startsWith("Q:")) {
                current = en;
                body = body.substring(2).strip();
            } else if (body.startsWith("V:")) {
                current = nl;
                body = body.substring(2).strip();
            } else if (body.startsWith("A:")) {
                current = answer;
                body = body.substring(2).strip();
            }
            if (current != null && !body.isEmpty())
                current.append(current.length() > 0 ? " " : "").append(body);
        }
        return new Question(name, file, text, en.toString(), nl.toString(), answer.toString());
    }

    /** Levenshtein distance, for suggesting names. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++)
            prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
