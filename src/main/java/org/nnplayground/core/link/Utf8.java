package org.nnplayground.core.link;

/**
 * UTF-8 for the link's percent escapes, written out so that the browser builds need none of the
 * class library's charset machinery (java.nio.charset and its coders, a few per cent of the
 * WebAssembly module for two calls). It gives what {@code String.getBytes(UTF_8)} and
 * {@code new String(bytes, UTF_8)} give on the JVM, malformed input included: a lone surrogate
 * encodes as '?', and each maximal part of a malformed sequence decodes to one U+FFFD, as Unicode
 * recommends, except that a surrogate's code in three bytes is one such part, as the JDK reads it
 * ({@code Utf8Test} compares the two on many generated inputs).
 */
final class Utf8 {
    private static final char REPLACEMENT = '\uFFFD';

    private Utf8() {
    }

    /** The UTF-8 bytes of {@code s}; an unpaired surrogate becomes '?'. */
    static byte[] encode(String s) {
        byte[] out = new byte[s.length() * 3];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                out[n++] = (byte) c;
            } else if (c < 0x800) {
                out[n++] = (byte) (0xC0 | (c >> 6));
                out[n++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                out[n++] = (byte) (0xF0 | (cp >> 18));
                out[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                out[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                out[n++] = (byte) (0x80 | (cp & 0x3F));
            } else if (Character.isSurrogate(c)) {
                out[n++] = '?';
            } else {
                out[n++] = (byte) (0xE0 | (c >> 12));
                out[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                out[n++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        byte[] result = new byte[n];
        System.arraycopy(out, 0, result, 0, n);
        return result;
    }

    /** The text of {@code length} UTF-8 bytes of {@code bytes}; malformed parts become U+FFFD. */
    static String decode(byte[] bytes, int length) {
        StringBuilder out = new StringBuilder(length);
        int i = 0;
        while (i < length) {
            int b0 = bytes[i] & 0xFF;
            if (b0 < 0x80) {
                out.append((char) b0);
                i++;
                continue;
            }
            int need;
            int cp;
            int lo = 0x80;
            int hi = 0xBF;
            if (b0 >= 0xC2 && b0 <= 0xDF) {
                need = 1;
                cp = b0 & 0x1F;
            } else if (b0 >= 0xE0 && b0 <= 0xEF) {
                need = 2;
                cp = b0 & 0x0F;
                if (b0 == 0xE0) {
                    lo = 0xA0;
                }
            } else if (b0 >= 0xF0 && b0 <= 0xF4) {
                need = 3;
                cp = b0 & 0x07;
                if (b0 == 0xF0) {
                    lo = 0x90;
                } else if (b0 == 0xF4) {
                    hi = 0x8F;
                }
            } else {
                out.append(REPLACEMENT);
                i++;
                continue;
            }
            // The second byte has a narrower range after some lead bytes; the others are 80..BF.
            int j = i + 1;
            boolean complete = true;
            for (int k = 0; k < need; k++, j++) {
                int min = k == 0 ? lo : 0x80;
                int max = k == 0 ? hi : 0xBF;
                if (j >= length || (bytes[j] & 0xFF) < min || (bytes[j] & 0xFF) > max) {
                    complete = false;
                    break;
                }
                cp = (cp << 6) | (bytes[j] & 0x3F);
            }
            // A surrogate's code written in three bytes (ED A0..BF xx) is one malformed unit, as the JDK reads it.
            if (!complete || (cp >= 0xD800 && cp <= 0xDFFF)) {
                out.append(REPLACEMENT);
                i = j;
                continue;
            }
            out.appendCodePoint(cp);
            i = j;
        }
        return out.toString();
    }
}
