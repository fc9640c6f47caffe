package org.karabakhkg.seed;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;

import org.karabakhkg.KgException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The public facts about a letter that its text does not hold, from {@code NAME.meta.yaml}. Entity
 * fields hold ids of {@code seeds/entities.ttl}.
 */
public record LetterMetadata(
    String id, String kind, Map<String, String> title, String dossier, String dossierTitle, String number,
    String documentNumber, String caseNumber, LocalDate date, String language, String author,
    String authorOffice, String government, String addressee, Map<String, String> occasion, Path file) {

    private static final Set<String> KNOWN = Set.of("id", "kind", "title", "dossier", "dossierTitle", "number",
        "documentNumber", "case", "date", "language", "author", "authorOffice", "government", "addressee", "occasion");

    public static LetterMetadata read(Path file) {
        var doc = YamlDoc.read(file);
        YamlDoc y = doc.getKey();
        Node root = doc.getValue();
        Map<String, Node> m = y.mapping(root, "metadata");
        m.forEach((k, v) -> {
            if (!KNOWN.contains(k))
                throw y.error(v, "unknown metadata field '" + k + "' (known: " + String.join(", ", KNOWN.stream().sorted().toList()) + ")");
        });
        String id = y.required(m, root, "id");
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9._-]*"))
            throw y.error(m.get("id"), "id '" + id + "' may hold only letters, digits, '.', '_' and '-'");
        LocalDate date;
        try {
            date = LocalDate.parse(y.required(m, root, "date"));
        } catch (DateTimeParseException e) {
            throw y.error(m.get("date"), "date must be YYYY-MM-DD");
        }
        return new LetterMetadata(id, y.required(m, root, "kind"), y.texts(m, "title"), y.optional(m, "dossier"),
            y.optional(m, "dossierTitle"), y.optional(m, "number"), y.optional(m, "documentNumber"),
            y.optional(m, "case"), date, y.required(m, root, "language"), y.required(m, root, "author"),
            y.optional(m, "authorOffice"), y.required(m, root, "government"), y.optional(m, "addressee"),
            y.texts(m, "occasion"), file);
    }

    /** Fails unless every entity the metadata names is known. */
    public void checkEntities(java.util.function.Predicate<String> known) {
        for (String e : new String[] { author, authorOffice, government, addressee }) {
            if (e != null && !known.test(e))
                throw new KgException(file + ": unknown entity '" + e + "' (not in entities.ttl)");
        }
    }
}
