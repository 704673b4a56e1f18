package org.nnplayground.core.link;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.nnplayground.core.math.Rng;
import org.junit.jupiter.api.Test;

/** Utf8 against the JDK's UTF-8 coder, which is the oracle: the same bytes and the same text. */
class Utf8Test {
    /** Bytes that make well-formed and malformed sequences likely: leads, continuations, edges. */
    private static final int[] INTERESTING = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1,
        0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF8, 0xFE, 0xFF};

    @Test
    void decodingGivesWhatTheJdkGivesForGeneratedBytes() {
        Rng rng = new Rng(17);
        for (int run = 0; run < 20_000; run++) {
            byte[] bytes = new byte[rng.nextInt(9)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) (rng.nextInt(3) == 0 ? rng.nextInt(256) : INTERESTING[rng.nextInt(INTERESTING.length)]);
            }
            assertEquals(new String(bytes, StandardCharsets.UTF_8), Utf8.decode(bytes, bytes.length),
                    () -> HexFormat.of().formatHex(bytes));
        }
    }

    @Test
    void decodingReadsOnlyTheGivenLength() {
        byte[] bytes = {0x61, (byte) 0xC3, (byte) 0xA9, 0x62};
        assertEquals("a\u00e9", Utf8.decode(bytes, 3));
        assertEquals("a\uFFFD", Utf8.decode(bytes, 2), "a lead byte cut off at the end");
    }

    @Test
    void encodingGivesWhatTheJdkGivesForGeneratedText() {
        Rng rng = new Rng(23);
        char[] interesting = {'a', '~', '\u007f', '\u0080', '\u00e9', '\u07ff', '\u0800', '\u20ac', '\ud7ff',
            '\ud800', '\udbff', '\udc00', '\udfff', '\ue000', '\ufffd', '\uffff'};
        for (int run = 0; run < 20_000; run++) {
            StringBuilder s = new StringBuilder();
            int length = rng.nextInt(7);
            for (int i = 0; i < length; i++) {
                s.append(rng.nextInt(3) == 0 ? (char) rng.nextInt(0x10000) : interesting[rng.nextInt(interesting.length)]);
            }
            String text = s.toString();
            assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), Utf8.encode(text), () -> text.chars()
                    .mapToObj(Integer::toHexString).toList().toString());
        }
    }

    @Test
    void wellFormedTextComesBackAsItWas() {
        String text = "x\u2081 = 0.5, \u00e9t\u00e9, \ud83d\ude00, \u27f2";
        byte[] bytes = Utf8.encode(text);
        assertEquals(text, Utf8.decode(bytes, bytes.length));
    }
}
