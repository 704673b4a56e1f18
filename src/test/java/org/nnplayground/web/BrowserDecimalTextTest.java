package org.nnplayground.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The browser builds' reader of decimals accepts exactly the texts {@link Double#parseDouble} accepts
 * (but hexadecimal ones) and hands the engine a text of the same value. (That the engine then reads it
 * to the JVM's bits, DeterminismIT checks in both builds.)
 */
class BrowserDecimalTextTest {
    private static final String[] PIECES = {"0", "1", "7", "9", "00", "123", ".", ".", "e", "E", "+", "-", "f", "F",
        "d", "D", " ", "\t", "\n", "NaN", "Infinity", "nan", "infinity", "x", "0x", "_", ",", "e5", "E-3", "1.5", "\u0661"};

    /** What the JVM reads {@code text} as, bit for bit, or null where it refuses it. */
    private static String jvm(String text) {
        try {
            return Long.toHexString(Double.doubleToRawLongBits(Double.parseDouble(text)));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Test
    void acceptsWhatTheJvmAcceptsAndKeepsTheValue() {
        List<String> texts = new ArrayList<>(List.of("0", "-0", "+1.5", ".5", "5.", "1e5", "1E-5", "2.5e+3", "NaN",
                "-NaN", "+Infinity", "-Infinity", " 7 ", "1.5f", "2D", "4.9e-324", "1e400", "", " ", ".", "e5", "1e",
                "1e+", "+", "-.e1", "NaNd", "Infinityf", "1.2.3", "1e5.5", "1 5", "١"));
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder t = new StringBuilder();
            int n = 1 + random.nextInt(6);
            for (int k = 0; k < n; k++) {
                t.append(PIECES[random.nextInt(PIECES.length)]);
            }
            texts.add(t.toString());
        }
        int accepted = 0;
        for (String text : texts) {
            String expected = jvm(text);
            String number = BrowserDecimalText.javaNumber(text);
            if (expected == null) {
                assertNull(number, "'" + text + "' is refused");
            } else {
                accepted++;
                assertEquals(expected, jvm(number), "'" + text + "' read as '" + number + "'");
                assertEquals(number, number.trim(), "no blanks are left around '" + number + "'");
                char last = number.charAt(number.length() - 1);
                assertEquals(true, Character.isDigit(last) || last == '.' || number.endsWith("NaN")
                        || number.endsWith("Infinity"), "no suffix is left on '" + number + "'");
            }
        }
        assertEquals(true, accepted > 2_000 && accepted < texts.size() - 2_000, "both kinds are tried: " + accepted);
    }

    @Test
    void refusesHexadecimalNumbersAsTheClassLibraryDoes() {
        assertEquals("4000000000000000", jvm("0x1p1"));
        assertNull(BrowserDecimalText.javaNumber("0x1p1"));
    }
}
