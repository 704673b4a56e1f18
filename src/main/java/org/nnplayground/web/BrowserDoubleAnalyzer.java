package org.nnplayground.web;

import org.teavm.classlib.impl.text.DoubleAnalyzer;

/**
 * What the browser builds compile in place of the class library's {@code DoubleAnalyzer}, which finds
 * the decimal digits that {@code Double.toString} and {@code StringBuilder.append(double)} print
 * ({@link BrowserSubstitutions}). The engine's {@code toExponential()} gives the shortest digits that
 * read back as the same double, the nearest of them to it, as the JVM's {@code Double.toString} picks
 * them (with at least two digits, as Java writes); so the texts stay those of Java, and the module drops the library's two tables of powers of
 * ten (about 9 KB of constants, nearly incompressible).
 */
public final class BrowserDoubleAnalyzer {
    /** Digits the result's mantissa holds: its first digit stands for 10^17. */
    private static final int MANTISSA_DIGITS = 18;

    private BrowserDoubleAnalyzer() {
    }

    /**
     * The decimal form of {@code d}: its sign, a mantissa of 18 digits (the shortest digits, padded
     * with zeros; 0 for a zero) and the exponent of its first digit.
     */
    public static void analyze(double d, DoubleAnalyzer.Result result) {
        result.sign = (Double.doubleToRawLongBits(d) & Long.MIN_VALUE) != 0;
        if (d == 0) {
            result.mantissa = 0;
            result.exponent = 0;
            return;
        }
        double magnitude = Math.abs(d);
        String text = EngineNumbers.exponential(magnitude);
        if (text.indexOf('.') < 0) {
            // One digit: Java writes at least two, and takes the two-digit decimal nearest to the double
            // when it reads back as the same one (4.9E-324, not 5.0E-324, for the smallest double).
            String two = EngineNumbers.twoDigits(magnitude);
            if (EngineNumbers.number(two) == magnitude) {
                text = two;
            }
        }
        read(text, result);
    }

    /** Puts the digits and the exponent of {@code text} ("d.ddde+x", as toExponential writes it) into {@code result}. */
    static void read(String text, DoubleAnalyzer.Result result) {
        long mantissa = 0;
        int digits = 0;
        int i = 0;
        for (; i < text.length() && text.charAt(i) != 'e'; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                mantissa = mantissa * 10 + (c - '0');
                digits++;
            }
        }
        for (; digits < MANTISSA_DIGITS; digits++) {
            mantissa *= 10;
        }
        result.mantissa = mantissa;
        result.exponent = exponent(text, i + 1);
    }

    /** The decimal exponent of the first digit of {@code d}, as the class library's analyzer gives it. */
    public static int fastIntLog10(double d) {
        DoubleAnalyzer.Result result = new DoubleAnalyzer.Result();
        analyze(d, result);
        return result.exponent;
    }

    private static int exponent(String text, int at) {
        boolean negative = text.charAt(at) == '-';
        int e = 0;
        for (int i = at + 1; i < text.length(); i++) {
            e = e * 10 + (text.charAt(i) - '0');
        }
        return negative ? -e : e;
    }
}
