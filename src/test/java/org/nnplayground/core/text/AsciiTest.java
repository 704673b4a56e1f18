package org.nnplayground.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.math.Rng;

class AsciiTest {
    @Test
    void lowersAsciiLettersAsTheClassLibraryDoesAndLeavesEverythingElse() {
        Rng rng = new Rng(3);
        String pool = "AZaz09 -_.,:Ü ÉßΣ\u00e6\u0130\uD83D\uDE00@[`{";
        for (int trial = 0; trial < 3000; trial++) {
            StringBuilder sb = new StringBuilder();
            int n = rng.nextInt(12);
            for (int i = 0; i < n; i++) {
                sb.append(rng.nextDouble() < 0.7 ? (char) (32 + rng.nextInt(95)) : pool.charAt(rng.nextInt(pool.length())));
            }
            String text = sb.toString();
            String lowered = Ascii.lower(text);
            assertEquals(text.length(), lowered.length());
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                char expected = c < 128 ? String.valueOf(c).toLowerCase(Locale.ROOT).charAt(0) : c;
                assertEquals(expected, lowered.charAt(i), "'" + text + "' at " + i);
            }
        }
        String unchanged = "already lower 123";
        assertSame(unchanged, Ascii.lower(unchanged), "nothing to change: the same string");
        assertEquals("the output view", Ascii.lower("the Output View"));
    }

    @Test
    void digitsAreZeroToNineOnly() {
        for (char c = 0; c < 0x3000; c++) {
            assertEquals(c >= '0' && c <= '9', Ascii.isDigit(c), "U+" + Integer.toHexString(c));
        }
        assertEquals(false, Ascii.isDigit('\u0663'), "an Arabic-Indic three is a digit to Character.isDigit, not here");
    }
}
