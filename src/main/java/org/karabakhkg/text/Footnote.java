package org.karabakhkg.text;

import java.util.List;

/** A footnote: its number, repaired text, where it stands in the original, and the URLs it cites. */
public record Footnote(int number, String text, Span extent, List<String> urls) {
}
