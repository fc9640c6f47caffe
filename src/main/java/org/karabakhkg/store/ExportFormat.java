package org.karabakhkg.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.karabakhkg.KgException;

/** What {@code export} can write. Turtle is one graph; the others keep the named graphs. */
public enum ExportFormat {
    TURTLE("ttl"), TRIG("trig"), NQUADS("nq"), JSONLD("jsonld");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    public static ExportFormat parse(String s) {
        try {
            return valueOf(s.toUpperCase(Locale.ROOT).replace("-", ""));
        } catch (IllegalArgumentException e) {
            throw new KgException("unknown export format '" + s + "' (known: "
                + Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")) + ")");
        }
    }
}
