package org.karabakhkg.query;

import java.nio.file.Path;

/**
 * A competency question of {@code queries/}: its SPARQL, the question in English and Dutch, and what a
 * correct answer must hold, read from the file's header comment ({@code # Q:}, {@code # V:}, {@code # A:}).
 */
public record Question(String name, Path file, String text, String questionEn, String questionNl, String answer) {
}
