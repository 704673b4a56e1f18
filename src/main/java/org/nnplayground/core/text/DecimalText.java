package org.nnplayground.core.text;

/**
 * Reads a decimal number as {@link Double#parseDouble} does: the one place the playground turns text
 * into a double. The browser builds compile this class from {@code org.nnplayground.web.BrowserDecimalText}
 * (see {@code BrowserSubstitutions}), which reads the same texts to the same bits and leaves the
 * class library's reader, and the Unicode case table it pulls into a module, out.
 */
public final class DecimalText {
    private DecimalText() {
    }

    /**
     * The double nearest to decimal {@code text} (Java's syntax: blanks around it, a sign, digits with
     * a point and an exponent, an f or d after them; NaN, Infinity).
     *
     * @throws NumberFormatException when {@code text} is not such a number
     */
    public static double parse(String text) {
        return Double.parseDouble(text);
    }
}
