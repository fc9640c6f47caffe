package org.karabakhkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The text model on small letters made for each PDF artifact, and on the seed letter. */
class LetterTextTest {
    private static final Path SEED = Path.of("seeds/kamerbrief-21501-02-nr-2375.txt");

    @Test
    void footnoteBlockInTheMiddleOfASentenceIsLeftOut() {
        String s = "Eerste zin.1 In 1993 nam \n\n \n1 Een voetnoot met https://example.org/a-\nb.htm \n de Raad iets aan. Daarna meer. \n";
        LetterText t = LetterText.parse(s);
        assertEquals(1, t.footnotes().size());
        Footnote f = t.footnotes().get(0);
        assertEquals("Een voetnoot met https://example.org/a-b.htm", f.text());
        assertEquals(List.of("https://example.org/a-b.htm"), f.urls());
        Part body = t.paragraphs().get(0);
        assertEquals("Eerste zin. In 1993 nam de Raad iets aan. Daarna meer.", body.text().text());
        List<Quote> q = t.find("In 1993 nam de Raad iets aan.");
        assertEquals(1, q.size());
        assertEquals(2, q.get(0).pieces().size(), "a footnote block splits the quote into two pieces");
        assertEquals("In 1993 nam", s.substring(q.get(0).pieces().get(0).start(), q.get(0).pieces().get(0).end()));
        assertEquals("de Raad iets aan.", s.substring(q.get(0).pieces().get(1).start(), q.get(0).pieces().get(1).end()));
    }

    @Test
    void footnoteNumberInTheBodyIsAReferenceNotText() {
        LetterText t = LetterText.parse("Zij vertrokken uit Azerbeidzjan.1 Door de jaren heen. \n\n \n1 Bron. \n");
        assertEquals(1, t.footnoteRefs().size());
        assertEquals(1, t.footnoteRefs().get(0).number());
        assertEquals("Zij vertrokken uit Azerbeidzjan. Door de jaren heen.", t.paragraphs().get(0).text().text());
        assertEquals(2, t.paragraphs().get(0).sentences().size());
    }

    @Test
    void hyphenAtLineEndJoinsTheWordAndKeepsTheHyphen() {
        LetterText t = LetterText.parse("De toekomst van Nagorno-\nKarabach en non-\ngouvernementele groepen, transport- en \nwegen.\n");
        assertEquals("De toekomst van Nagorno-Karabach en non-gouvernementele groepen, transport- en wegen.",
            t.paragraphs().get(0).text().text());
    }

    @Test
    void leadingSpacesAndLineBreaksCollapse() {
        LetterText t = LetterText.parse(" Geachte voorzitter, \n \n  Ik schrijf u \n over dit.  \n");
        assertEquals(2, t.paragraphs().size());
        assertEquals("Geachte voorzitter,", t.paragraphs().get(0).text().text());
        assertEquals("Ik schrijf u over dit.", t.paragraphs().get(1).text().text());
    }

    @Test
    void curlyAndStraightQuotesMatchEachOther() {
        LetterText t = LetterText.parse("Recenter, begin jaren ’90, voerden zij ‘vijanddenken’ uit.\n");
        assertEquals(1, t.find("begin jaren '90").size());
        assertEquals(1, t.find("'vijanddenken'").size());
        assertEquals(1, t.find("begin jaren ’90").size());
    }

    @Test
    void signaturePlaceholdersAreNotPartOfTheClosing() {
        LetterText t = LetterText.parse("Tekst. \n \nDe Minister van Buitenlandse Zaken, \n \n\n[Ondertekenaar 2] \n\n \n Sigrid A.M. Kaag \n\n[Ondertekenaar 4] \n");
        List<String> closing = t.closing().stream().map(p -> p.text().text()).toList();
        assertEquals(List.of("De Minister van Buitenlandse Zaken,", "Sigrid A.M. Kaag"), closing);
        assertTrue(t.find("Ondertekenaar").isEmpty());
    }

    @Test
    void offsetsCountCodePointsNotUtf16Units() {
        String s = "A \uD83D\uDE00 b. Tweede zin.\n";
        LetterText t = LetterText.parse(s);
        Quote q = t.find("Tweede zin.").get(0);
        int start = t.codePointOffset(q.pieces().get(0).start());
        assertEquals(s.indexOf("Tweede") - 1, start, "the emoji is one code point but two UTF-16 units");
        assertEquals("Tweede zin.", t.substringByCodePoints(start, start + 11));
    }

    @Test
    void abbreviationsAndInitialsDoNotEndSentences() {
        LetterText t = LetterText.parse("Dit is o.a. uiteengezet door m.n. de EU. Motie 21 501-20, Nr. 1630 werd aangenomen. Sigrid A.M. Kaag tekent.\n");
        List<String> sentences = t.sentences().stream().map(Sentence::text).toList();
        assertEquals(List.of("Dit is o.a. uiteengezet door m.n. de EU.", "Motie 21 501-20, Nr. 1630 werd aangenomen.",
            "Sigrid A.M. Kaag tekent."), sentences);
    }

    @Test
    void seedLetterHasItsParagraphsFootnotesAndReferences() {
        LetterText t = LetterText.read(SEED);
        assertEquals(11, t.paragraphs().size());
        assertEquals(6, t.footnotes().size());
        assertEquals(List.of(1, 2, 3, 4, 5, 6), t.footnoteRefs().stream().map(FootnoteRef::number).toList());
        assertEquals("Resoluties 882, 853, 874 en 884", t.footnotes().get(1).text());
        assertEquals("Motie 33570 V, nr. 42", t.footnotes().get(5).text());
        assertEquals(List.of("https://www.consilium.europa.eu/nl/press/press-releases/2020/11/19/nagorno-karabakh-declaration-by-the-high-representative-on-behalf-of-the-european-union/"),
            t.footnotes().get(4).urls());
        assertEquals(93, t.sentences().size());
        // The sentence interrupted by footnote block 1 reads whole.
        assertTrue(t.sentences().stream().anyMatch(s -> s.text().equals("In 1993 nam de VN Veiligheidsraad vier resoluties aan over dit conflict.")));
        // Every footnote reference number stands in the original where it is said to.
        for (FootnoteRef r : t.footnoteRefs())
            assertEquals(Integer.toString(r.number()), t.original().substring(r.span().start(), r.span().end()));
        assertFalse(t.closing().stream().anyMatch(p -> p.text().text().contains("Ondertekenaar")));
    }

    @Test
    void everyPieceOfEverySentenceIsTheOriginalText() {
        LetterText t = LetterText.read(SEED);
        for (Part p : t.parts()) {
            for (Sentence s : p.sentences()) {
                StringBuilder joined = new StringBuilder();
                for (Span piece : p.text().pieces(s.start(), s.end()))
                    joined.append(t.original(), piece.start(), piece.end()).append(' ');
                String collapsed = Folding.collapseWhitespace(joined.toString()).replace("- ", "-");
                assertEquals(s.text().replace("- ", "-"), collapsed, "sentence " + s.number());
            }
        }
    }
}
