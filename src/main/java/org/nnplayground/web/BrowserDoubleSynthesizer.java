package org.nnplayground.web;

/**
 * What the browser builds compile in place of the class library's {@code DoubleSynthesizer}, which
 * turns the digits {@code Double.parseDouble} read into a double ({@link BrowserSubstitutions}). The
 * engine's {@code Number} rounds the decimal correctly to the nearest double, as the JVM does, so a
 * link's numbers come out as the same bits; the library's tables of powers of ten stay out of the module.
 */
public final class BrowserDoubleSynthesizer {
    /** The power of ten the first digit of the mantissa stands for, before the exponent. */
    private static final int FIRST_DIGIT = 18;

    private BrowserDoubleSynthesizer() {
    }

    /**
     * The double nearest to {@code mantissa} (up to 19 digits, unsigned, its first digit standing for
     * 10^18) times 10^({@code exponent} - 18), negated when {@code negative}.
     */
    public static double synthesizeDouble(long mantissa, int exponent, boolean negative) {
        double magnitude = mantissa == 0 ? 0.0 : EngineNumbers.number(Long.toUnsignedString(mantissa) + "e" + (exponent - FIRST_DIGIT));
        // The sign goes on as a bit: in the wasm build, negating the zero gave 0 rather than -0 (for
        // "-0" and for negative numbers too small for a double; DeterminismIT reads them).
        return negative ? Double.longBitsToDouble(Double.doubleToRawLongBits(magnitude) | Long.MIN_VALUE) : magnitude;
    }
}
