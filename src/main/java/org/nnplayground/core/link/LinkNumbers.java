package org.nnplayground.core.link;

import org.nnplayground.core.text.DecimalText;
import org.nnplayground.core.text.NumberFormat;

/**
 * Numbers in links: the shortest decimal that reads back to the very same double (0.03, 1e-5),
 * and for the rare double that needs more than 15 digits its exact bits in hex ("x3fb999999999999a").
 * So every number has one spelling and decoding gives back the identical value.
 */
final class LinkNumbers {
    private static final int MAX_DECIMAL_DIGITS = 15;
    private static final long NEGATIVE_ZERO = 0x8000000000000000L;

    private LinkNumbers() {
    }

    static String format(double v) {
        if (v == Math.floor(v) && Math.abs(v) < 1e15 && Double.doubleToRawLongBits(v) != NEGATIVE_ZERO) {
            return Long.toString((long) v);
        }
        for (int digits = 1; digits <= MAX_DECIMAL_DIGITS; digits++) {
            String text = NumberFormat.significant(v, digits);
            if (parseDecimal(text) == v) {
                return text;
            }
        }
        return "x" + Long.toHexString(Double.doubleToRawLongBits(v));
    }

    /** The value of a hexadecimal digit, or -1 (ASCII only, no Unicode tables). */
    static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }

    /** Reads what {@link #format} writes (and any plain decimal); NaN when it is not a number. */
    static double parse(String text) {
        if (text.startsWith("x") && text.length() > 1 && text.length() <= 17) {
            long bits = 0;
            for (int i = 1; i < text.length(); i++) {
                int d = hexDigit(text.charAt(i));
                if (d < 0) {
                    return Double.NaN;
                }
                bits = (bits << 4) | d;
            }
            return Double.longBitsToDouble(bits);
        }
        return parseDecimal(text);
    }

    private static double parseDecimal(String text) {
        if (text.isEmpty() || text.length() > 40) {
            return Double.NaN;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9') && c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E') {
                return Double.NaN; // also refuses "NaN", "Infinity" and hex floats
            }
        }
        try {
            return DecimalText.parse(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
