package org.karabakhkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SentencesCommandTest {
    @Test
    void printsTheRepairedSentencesClaimsMustQuote() {
        Cli c = Cli.run("sentences");
        assertEquals(0, c.exit(), c.err());
        assertTrue(c.out().contains("[14] In 1993 nam de VN Veiligheidsraad vier resoluties aan over dit conflict."), c.out());
        assertTrue(c.out().contains("== footnote 2\n[38] Resoluties 882, 853, 874 en 884"), c.out());
        assertTrue(c.out().contains("footnote 3 cites https://www.osce.org/minsk-group/483416"), c.out());
    }
}
