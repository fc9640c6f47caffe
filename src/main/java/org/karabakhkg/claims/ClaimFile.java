package org.karabakhkg.claims;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.karabakhkg.seed.YamlDoc;
import org.yaml.snakeyaml.nodes.Node;

/** Reads a claim file ({@code NAME.claims.yaml}); a malformed one fails naming file and line. */
public final class ClaimFile {
    public static final Set<String> KINDS = Set.of("event", "fact", "position", "reference", "metadata");
    private static final Set<String> FIELDS = Set.of("id", "kind", "quote", "occurrence", "context", "note", "assert");

    private ClaimFile() {}

    public static List<Claim> read(Path file) {
        var doc = YamlDoc.read(file);
        YamlDoc y = doc.getKey();
        Map<String, Node> top = y.mapping(doc.getValue(), "claim file");
        Node list = top.get("claims");
        if (list == null)
            throw y.error(doc.getValue(), "claim file has no 'claims' list");
        for (String k : top.keySet()) {
            if (!k.equals("claims"))
                throw y.error(top.get(k), "unknown top-level key '" + k + "' (only 'claims')");
        }
        List<Claim> claims = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node n : y.sequence(list, "'claims'")) {
            Map<String, Node> m = y.mapping(n, "a claim");
            for (var e : m.entrySet()) {
                if (!FIELDS.contains(e.getKey()))
                    throw y.error(e.getValue(), "unknown claim field '" + e.getKey() + "' (known: id, kind, quote, occurrence, context, note, assert)");
            }
            String id = y.required(m, n, "id");
            if (!id.matches("[a-z0-9][a-z0-9-]*"))
                throw y.error(m.get("id"), "claim id '" + id + "' must be lowercase letters, digits and hyphens");
            if (!ids.add(id))
                throw y.error(m.get("id"), "claim '" + id + "' is defined twice");
            String kind = y.required(m, n, "kind");
            if (!KINDS.contains(kind))
                throw y.error(m.get("kind"), "claim '" + id + "': unknown kind '" + kind + "' (known: event, fact, position, reference, metadata)");
            Integer occurrence = null;
            String occ = y.optional(m, "occurrence");
            if (occ != null) {
                if (!occ.matches("[1-9]\\d*"))
                    throw y.error(m.get("occurrence"), "claim '" + id + "': occurrence must be a positive whole number");
                occurrence = Integer.valueOf(occ);
            }
            List<String> context = new ArrayList<>();
            if (m.containsKey("context")) {
                for (Node c : y.sequence(m.get("context"), "'context'"))
                    context.add(y.scalar(c, "a context quote"));
            }
            String assertion = y.required(m, n, "assert");
            claims.add(new Claim(id, kind, y.required(m, n, "quote"), occurrence, List.copyOf(context), y.optional(m, "note"),
                assertion, file, y.line(n), y.contentLine(m.get("assert"))));
        }
        return claims;
    }
}
