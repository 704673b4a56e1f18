package org.nnplayground.core.export;

/**
 * Doubles as C99/Python hexadecimal floating-point text ({@code 0x1.8p-1}, {@code -0x0.0p+0}),
 * which {@code float.fromhex} reads back to the very same bits. Written from the bits, so every
 * build prints the same text (the JVM's {@code Double.toHexString} is not available under TeaVM).
 */
public final class HexFloat {
    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    private HexFloat() {
    }

    /** {@code v} in hexadecimal notation; finite values only. */
    public static String format(double v) {
        long bits = Double.doubleToRawLongBits(v);
        boolean negative = bits < 0;
        int exponent = (int) ((bits >>> 52) & 0x7FF);
        long mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0x7FF) {
            throw new IllegalArgumentException("no hexadecimal form for " + v);
        }
        StringBuilder sb = new StringBuilder(24);
        if (negative) {
            sb.append('-');
        }
        int power;
        if (exponent == 0) {
            sb.append("0x0.");
            power = mantissa == 0 ? 0 : -1022;
        } else {
            sb.append("0x1.");
            power = exponent - 1023;
        }
        int digits = 13;
        while (digits > 1 && (mantissa & 0xF) == 0) {
            mantissa >>>= 4;
            digits--;
        }
        for (int i = digits - 1; i >= 0; i--) {
            sb.append(DIGITS[(int) ((mantissa >>> (4 * i)) & 0xF)]);
        }
        sb.append('p');
        if (power >= 0) {
            sb.append('+');
        }
        sb.append(power);
        return sb.toString();
    }
}
