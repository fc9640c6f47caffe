package org.karabakhkg.seed;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.karabakhkg.KgException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;

/**
 * A YAML file read as nodes, so that every value keeps its line: errors in seed files name
 * {@code file:line}.
 */
public final class YamlDoc {
    private final Path file;

    private YamlDoc(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** Reads {@code file}; a syntax error names its line and column. */
    public static Map.Entry<YamlDoc, Node> read(Path file) {
        YamlDoc doc = new YamlDoc(file);
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Node root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(r);
            if (root == null)
                throw new KgException(file + ": file is empty");
            return Map.entry(doc, root);
        } catch (MarkedYAMLException e) {
            var m = e.getProblemMark();
            throw new KgException(file + ":" + (m.getLine() + 1) + ":" + (m.getColumn() + 1) + ": malformed YAML: " + e.getProblem());
        } catch (java.nio.charset.MalformedInputException e) {
            throw new KgException(file + ": not valid UTF-8");
        } catch (IOException e) {
            throw new KgException(file + ": cannot read: " + e.getMessage());
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            throw new KgException(file + ": malformed YAML: " + e.getMessage());
        }
    }

    public int line(Node n) {
        return n.getStartMark().getLine() + 1;
    }

    /** Line of the first line of a scalar's content: a block scalar starts on the line after its indicator. */
    public int contentLine(Node n) {
        if (n instanceof ScalarNode s && (s.getScalarStyle() == ScalarStyle.LITERAL || s.getScalarStyle() == ScalarStyle.FOLDED))
            return line(n) + 1;
        return line(n);
    }

    public KgException error(Node at, String what) {
        return new KgException(file + ":" + line(at) + ": " + what);
    }

    public Map<String, Node> mapping(Node n, String what) {
        if (!(n instanceof MappingNode m))
            throw error(n, what + " must be a mapping");
        Map<String, Node> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            String key = scalar(t.getKeyNode(), "key");
            if (out.put(key, t.getValueNode()) != null)
                throw error(t.getKeyNode(), "duplicate key '" + key + "'");
        }
        return out;
    }

    public List<Node> sequence(Node n, String what) {
        if (!(n instanceof SequenceNode s))
            throw error(n, what + " must be a list");
        return new ArrayList<>(s.getValue());
    }

    public String scalar(Node n, String what) {
        if (!(n instanceof ScalarNode s))
            throw error(n, what + " must be a single value");
        return s.getValue();
    }

    public String required(Map<String, Node> map, Node owner, String key) {
        Node n = map.get(key);
        if (n == null)
            throw error(owner, "missing '" + key + "'");
        String v = scalar(n, "'" + key + "'");
        if (v.isBlank())
            throw error(n, "'" + key + "' is empty");
        return v;
    }

    public String optional(Map<String, Node> map, String key) {
        Node n = map.get(key);
        return n == null ? null : scalar(n, "'" + key + "'");
    }

    /** A value that is either a plain string or a mapping of language tag to string. */
    public Map<String, String> texts(Map<String, Node> map, String key) {
        Node n = map.get(key);
        Map<String, String> out = new LinkedHashMap<>();
        if (n == null)
            return out;
        if (n instanceof ScalarNode)
            out.put("", scalar(n, key));
        else
            mapping(n, "'" + key + "'").forEach((lang, v) -> out.put(lang, scalar(v, "'" + key + "." + lang + "'")));
        return out;
    }
}
