package org.karabakhkg.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.karabakhkg.KgException;

/**
 * The text model of one letter: paragraphs, sentences, footnotes, footnote references and the closing,
 * each keeping its place in the original text. Built by {@link #parse(String)}; the original is never
 * changed, repairs live in each part's {@link CleanText}.
 */
public final class LetterText {
    private static final Pattern FOOTNOTE_START = Pattern.compile("^(\\d{1,3}) \\S");
    private static final Pattern URL = Pattern.compile("https?://[^\\s;,<>\"()\\[\\]]+");
    private static final Pattern CLOSING_START = Pattern.compile(
        "^(?:(?:De|Het) (?:Minister|Staatssecretaris|Minister-President|Minister-president)\\b.*|Hoogachtend|Met vriendelijke groet)\\s*,?$");
    private static final Pattern PLACEHOLDER = Pattern.compile("^\\[[^\\]]+\\]$");

    private final String original;
    private final int[] codePoints;
    private final List<Part> parts;
    private final List<Footnote> footnotes;
    private final List<FootnoteRef> footnoteRefs;
    private final List<Sentence> sentences;
    /** Each part's text with quotes folded, for {@link #find}; same length as the part's text. */
    private final List<String> searchable;

    private LetterText(String original, List<Part> parts, List<Footnote> footnotes, List<FootnoteRef> refs) {
        this.original = original;
        this.codePoints = codePointIndex(original);
        this.parts = List.copyOf(parts);
        this.footnotes = List.copyOf(footnotes);
        this.footnoteRefs = List.copyOf(refs);
        List<Sentence> all = new ArrayList<>();
        parts.forEach(p -> all.addAll(p.sentences()));
        this.sentences = List.copyOf(all);
        this.searchable = parts.stream().map(p -> Folding.foldQuotes(p.text().text())).toList();
    }

    /**
     * Reads a letter file, refusing what is not a letter: missing, empty, binary or not UTF-8. The
     * message names the file and, for bad bytes, the line.
     */
    public static LetterText read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new KgException(file + ": letter file not found");
        } catch (IOException e) {
            throw new KgException(file + ": cannot read letter: " + e.getMessage());
        }
        if (bytes.length == 0 || isBlank(bytes))
            throw new KgException(file + ": letter is empty");
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0)
                throw new KgException(file + ":" + lineOf(bytes, i) + ": letter is binary (NUL byte at offset " + i + ")");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return parse(decoder.decode(in).toString());
        } catch (CharacterCodingException e) {
            int at = in.position();
            throw new KgException(file + ":" + lineOf(bytes, at) + ": letter is not valid UTF-8 (bad byte at offset " + at + ")");
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t')
                return false;
        }
        return true;
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n')
                line++;
        }
        return line;
    }

    /** The SHA-256 of a file's bytes, in hex: the offsets of a letter hold for exactly those bytes. */
    public static String sha256(Path file) {
        try {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            return java.util.HexFormat.of().formatHex(md.digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new KgException(file + ": cannot read: " + e.getMessage());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses a letter's text. */
    public static LetterText parse(String original) {
        return new Parser(original).parse();
    }

    public String original() {
        return original;
    }

    public List<Part> parts() {
        return parts;
    }

    public List<Footnote> footnotes() {
        return footnotes;
    }

    public List<FootnoteRef> footnoteRefs() {
        return footnoteRefs;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public List<Part> paragraphs() {
        return parts.stream().filter(p -> p.kind() == Part.Kind.PARAGRAPH).toList();
    }

    public List<Part> closing() {
        return parts.stream().filter(p -> p.kind() == Part.Kind.CLOSING).toList();
    }

    /** Offset of UTF-16 index {@code utf16} in Unicode code points, as W3C Web Annotation counts. */
    public int codePointOffset(int utf16) {
        return codePoints[utf16];
    }

    /** The original text between two code point offsets. */
    public String substringByCodePoints(int start, int end) {
        return original.substring(utf16Index(start), utf16Index(end));
    }

    /** The UTF-16 index of code point offset {@code cp}: the inverse of {@link #codePointOffset}. */
    private int utf16Index(int cp) {
        int i = java.util.Arrays.binarySearch(codePoints, cp);
        if (i < 0)
            throw new IndexOutOfBoundsException("code point offset " + cp);
        while (i > 0 && codePoints[i - 1] == cp)
            i--;
        return i;
    }

    public int codePointLength() {
        return codePoints[original.length()];
    }

    /** Every place the quote stands, in text order. Curly and straight quotes match each other. */
    public List<Quote> find(String quote) {
        String needle = Folding.foldQuotes(Folding.collapseWhitespace(quote));
        List<Quote> found = new ArrayList<>();
        if (needle.isEmpty())
            return found;
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            String hay = searchable.get(i);
            for (int at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
                int end = at + needle.length();
                found.add(new Quote(part, at, end, part.text().pieces(at, end)));
            }
        }
        found.sort((a, b) -> Integer.compare(a.pieces().get(0).start(), b.pieces().get(0).start()));
        return found;
    }

    /** The sentences a quote overlaps. */
    public List<Sentence> sentencesOf(Quote q) {
        return q.part().sentences().stream().filter(s -> s.start() < q.end() && q.start() < s.end()).toList();
    }

    /** The footnote whose block holds original index {@code at}, if any. */
    public Footnote footnoteAt(int at) {
        for (Footnote f : footnotes) {
            if (f.extent().start() <= at && at < f.extent().end())
                return f;
        }
        return null;
    }

    /** The URLs standing in a repaired text, without trailing punctuation. */
    public static List<String> urlsIn(String clean) {
        return urlSpans(clean).stream().map(sp -> clean.substring(sp.start(), sp.end())).toList();
    }

    /** Where the URLs stand in a repaired text: a full stop or colon after one ends the sentence, not the URL. */
    public static List<Span> urlSpans(String clean) {
        List<Span> spans = new ArrayList<>();
        Matcher m = URL.matcher(clean);
        while (m.find()) {
            int end = m.end();
            while (clean.charAt(end - 1) == '.' || clean.charAt(end - 1) == ':')
                end--;
            spans.add(new Span(m.start(), end));
        }
        return spans;
    }

    private static int[] codePointIndex(String s) {
        int[] idx = new int[s.length() + 1];
        int cp = 0;
        for (int i = 0; i < s.length(); i++) {
            idx[i] = cp;
            if (!(Character.isLowSurrogate(s.charAt(i)) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1))))
                cp++;
            else
                idx[i] = cp - 1;
        }
        idx[s.length()] = cp;
        return idx;
    }

    /** One pass over the lines of a letter. */
    private static final class Parser {
        private final String text;
        private final List<int[]> lines = new ArrayList<>();
        private final List<Part> parts = new ArrayList<>();
        private final List<Footnote> footnotes = new ArrayList<>();
        private final List<FootnoteRef> refs = new ArrayList<>();
        private int sentenceCount = 0;

        Parser(String text) {
            this.text = text;
            int start = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || text.charAt(i) == '\n') {
                    int end = i;
                    if (end > start && text.charAt(end - 1) == '\r')
                        end--;
                    if (i < text.length() || start < text.length())
                        lines.add(new int[] { start, end });
                    start = i + 1;
                }
            }
        }

        private String line(int i) {
            return text.substring(lines.get(i)[0], lines.get(i)[1]);
        }

        private boolean blank(int i) {
            return line(i).isBlank();
        }

        LetterText parse() {
            boolean[] inFootnoteBlock = new boolean[lines.size()];
            List<int[]> footnoteLines = findFootnoteBlocks(inFootnoteBlock);
            List<Part> noteParts = new ArrayList<>();
            for (int[] fn : footnoteLines) {
                Part part = footnotePart(fn);
                noteParts.add(part);
                Span extent = new Span(lines.get(fn[1])[0], lines.get(fn[2])[1]);
                footnotes.add(new Footnote(fn[0], part.text().text(), extent, urlsIn(part.text().text())));
            }
            List<List<Integer>> bodyParagraphs = paragraphsOf(inFootnoteBlock);
            Set<Integer> refChars = findFootnoteRefs(bodyParagraphs);

            List<Part> bodyParts = new ArrayList<>();
            boolean closing = false;
            int paragraphNo = 0;
            int closingNo = 0;
            for (List<Integer> para : bodyParagraphs) {
                if (!closing && para.size() == 1 && CLOSING_START.matcher(line(para.get(0)).strip()).matches())
                    closing = true;
                if (closing) {
                    for (int li : para) {
                        if (PLACEHOLDER.matcher(line(li).strip()).matches())
                            continue;
                        CleanText ct = new CleanText.Builder(text).append(lines.get(li)[0], lines.get(li)[1], refChars).build();
                        bodyParts.add(new Part(Part.Kind.CLOSING, ++closingNo, ct, new ArrayList<>()));
                    }
                } else {
                    CleanText.Builder b = new CleanText.Builder(text);
                    // Each line with its line break, so that a line end reads as a space.
                    for (int li : para)
                        b.append(lines.get(li)[0], Math.min(lines.get(li)[1] + 1, text.length()), refChars);
                    bodyParts.add(new Part(Part.Kind.PARAGRAPH, ++paragraphNo, b.build(), new ArrayList<>()));
                }
            }

            List<Part> all = new ArrayList<>(bodyParts);
            all.addAll(noteParts);
            all.sort((a, b) -> Integer.compare(a.extent().start(), b.extent().start()));
            List<Part> withSentences = new ArrayList<>();
            for (Part p : all)
                withSentences.add(splitSentences(p));
            return new LetterText(text, withSentences, footnotes, refs);
        }

        /**
         * A footnote block starts after a blank line, at a line that begins with the next footnote
         * number; it runs until the body resumes on a line that begins with a space, or a blank line.
         * Returns, per footnote, {number, first line, last line}.
         */
        private List<int[]> findFootnoteBlocks(boolean[] inBlock) {
            List<int[]> result = new ArrayList<>();
            int expected = 1;
            int i = 0;
            while (i < lines.size()) {
                Matcher m = FOOTNOTE_START.matcher(line(i));
                if (i > 0 && blank(i - 1) && m.find() && Integer.parseInt(m.group(1)) == expected) {
                    for (int k = i - 1; k >= 0 && blank(k) && !inBlock[k]; k--)
                        inBlock[k] = true;
                    int current = -1;
                    while (i < lines.size() && !blank(i) && !Character.isWhitespace(line(i).charAt(0))) {
                        Matcher n = FOOTNOTE_START.matcher(line(i));
                        if (n.find() && Integer.parseInt(n.group(1)) == expected) {
                            current = result.size();
                            result.add(new int[] { expected, i, i });
                            expected++;
                        } else {
                            result.get(current)[2] = i;
                        }
                        inBlock[i] = true;
                        i++;
                    }
                } else {
                    i++;
                }
            }
            return result;
        }

        /** Runs of body lines separated by blank lines; page-break padding does not separate. */
        private List<List<Integer>> paragraphsOf(boolean[] inFootnoteBlock) {
            List<List<Integer>> paras = new ArrayList<>();
            List<Integer> current = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (inFootnoteBlock[i])
                    continue;
                if (blank(i)) {
                    if (!current.isEmpty())
                        paras.add(current);
                    current = new ArrayList<>();
                } else {
                    current.add(i);
                }
            }
            if (!current.isEmpty())
                paras.add(current);
            return paras;
        }

        /**
         * Footnote numbers in the body, found in order: the k-th reference is the number k glued to the
         * end of a word or sentence and standing before footnote k's block.
         */
        private Set<Integer> findFootnoteRefs(List<List<Integer>> bodyParagraphs) {
            Set<Integer> chars = new HashSet<>();
            List<Integer> bodyLines = new ArrayList<>();
            bodyParagraphs.forEach(bodyLines::addAll);
            int lineIdx = 0;
            int from = bodyLines.isEmpty() ? 0 : lines.get(bodyLines.get(0))[0];
            for (Footnote footnote : footnotes) {
                int k = footnote.number();
                Pattern p = Pattern.compile("(?<=[\\p{L}.)’”'])" + k + "(?![\\d])");
                boolean found = false;
                for (; lineIdx < bodyLines.size() && !found; ) {
                    int[] ln = lines.get(bodyLines.get(lineIdx));
                    if (ln[0] >= footnote.extent().start())
                        break;
                    int searchFrom = Math.max(from, ln[0]);
                    Matcher m = p.matcher(text).region(searchFrom, ln[1]);
                    if (m.find()) {
                        for (int c = m.start(); c < m.end(); c++)
                            chars.add(c);
                        refs.add(new FootnoteRef(k, new Span(m.start(), m.end())));
                        from = m.end();
                        found = true;
                    } else {
                        lineIdx++;
                    }
                }
            }
            return chars;
        }

        private Part footnotePart(int[] fn) {
            int number = fn[0];
            int from = lines.get(fn[1])[0];
            Matcher m = FOOTNOTE_START.matcher(line(fn[1]));
            m.find();
            int textFrom = from + m.end(1) + 1;
            int to = lines.get(fn[2])[1];
            CleanText ct = new CleanText.Builder(text).append(textFrom, to, Collections.emptySet()).build();
            return new Part(Part.Kind.FOOTNOTE, number, ct, new ArrayList<>());
        }

        private Part splitSentences(Part p) {
            String s = p.text().text();
            List<Sentence> out = p.sentences();
            int start = 0;
            for (int end : Sentences.boundaries(s)) {
                addSentence(p, start, end, out);
                start = end;
                while (start < s.length() && s.charAt(start) == ' ')
                    start++;
            }
            if (start < s.length())
                addSentence(p, start, s.length(), out);
            return p;
        }

        private void addSentence(Part p, int start, int end, List<Sentence> out) {
            int e = end;
            while (e > start && p.text().text().charAt(e - 1) == ' ')
                e--;
            if (e <= start)
                return;
            out.add(new Sentence(++sentenceCount, p.kind(), p.number(), start, e, p.text().text().substring(start, e), p.text().extent(start, e)));
        }
    }
}
