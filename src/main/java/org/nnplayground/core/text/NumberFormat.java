package org.nnplayground.core.text;

import org.nnplayground.core.math.Doubles;

/**
 * Number formatting for labels, read-outs and axis ticks, written out digit by digit.
 *
 * <p>Why not {@code String.format}: under TeaVM it rounds differently from the JVM, throws for
 * {@code %e} and {@code %g}, and pulls ~200 KB into the browser build. Everything here uses integer
 * digits and {@link Decimals}, so the JVM, the JS and the wasm builds print the same text.
 * Rounding is half away from zero after scaling. NaN prints as "NaN", infinities as "∞" and "-∞",
 * and a value that rounds to zero never carries a minus sign.
 */
public final class NumberFormat {
    /** The most digits a mantissa may have: a long holds them exactly. */
    private static final int MAX_DIGITS = 15;
    private static final double FIXED_LIMIT = 9.0e15;

    private NumberFormat() {
    }

    /** {@code v} with exactly {@code decimals} (0..15) digits after the point, e.g. fixed(9.999, 2) is "10.00". */
    public static String fixed(double v, int decimals) {
        if (decimals < 0 || decimals > MAX_DIGITS) {
            throw new IllegalArgumentException("decimals must be between 0 and " + MAX_DIGITS + ", was " + decimals);
        }
        if (!Doubles.isFinite(v)) {
            return special(v);
        }
        double scaled = Math.abs(v) * Decimals.pow10(decimals);
        if (scaled >= FIXED_LIMIT) {
            return significant(v, MAX_DIGITS);
        }
        long units = Math.round(scaled);
        StringBuilder sb = new StringBuilder(24);
        if (v < 0 && units != 0) {
            sb.append('-');
        }
        appendScaled(sb, units, decimals, false);
        return sb.toString();
    }

    /**
     * {@code v} rounded to {@code digits} (1..15) significant digits, trailing zeros after the point
     * dropped; e-notation when the exponent is below -4, or at least 6 and at least {@code digits}:
     * significant(0.000012345, 2) is "1.2e-5", significant(1234.5, 3) is "1230".
     */
    public static String significant(double v, int digits) {
        checkDigits(digits);
        if (!Doubles.isFinite(v)) {
            return special(v);
        }
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        int e = roundedExponent(a, digits);
        if (e < -4 || (e >= 6 && e >= digits)) {
            return scientific(v, digits);
        }
        long m = mantissa(a, digits, e);
        StringBuilder sb = new StringBuilder(24);
        if (v < 0) {
            sb.append('-');
        }
        int decimals = digits - 1 - e;
        if (decimals >= 0) {
            appendScaled(sb, m, decimals, true);
        } else {
            appendDigits(sb, m);
            for (int i = 0; i < -decimals; i++) {
                sb.append('0');
            }
        }
        return sb.toString();
    }

    /** {@code v} in e-notation with up to {@code digits} significant digits, e.g. "1.2e-5", "3e6". */
    public static String scientific(double v, int digits) {
        checkDigits(digits);
        if (!Doubles.isFinite(v)) {
            return special(v);
        }
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        int e = roundedExponent(a, digits);
        long m = mantissa(a, digits, e);
        StringBuilder sb = new StringBuilder(24);
        if (v < 0) {
            sb.append('-');
        }
        appendScaled(sb, m, digits - 1, true);
        sb.append('e');
        appendInt(sb, e);
        return sb.toString();
    }

    /**
     * Short text for an axis or a read-out: up to 4 significant digits, "12.5k" and "3M" for large
     * magnitudes, e-notation below 0.001 and from 10^9.
     */
    public static String compact(double v) {
        if (!Doubles.isFinite(v)) {
            return special(v);
        }
        if (v == 0) {
            return "0";
        }
        int e = roundedExponent(Math.abs(v), 4);
        if (e < -3 || e >= 9) {
            return scientific(v, 3);
        }
        if (e >= 6) {
            return significant(v / 1e6, 4) + "M";
        }
        if (e >= 4) {
            return significant(v / 1e3, 4) + "k";
        }
        return significant(v, 4);
    }

    /**
     * The shortest text (up to 15 significant digits, as {@link #significant} writes them) that reads
     * back as {@code v} itself; 15 digits for the rare double that needs more. For a value that must
     * be shown exactly: a number typed or carried by a link (0.012345, not "0.01235").
     */
    public static String shortest(double v) {
        if (!Doubles.isFinite(v)) {
            return special(v);
        }
        for (int digits = 1; digits < MAX_DIGITS; digits++) {
            String text = significant(v, digits);
            try {
                if (DecimalText.parse(text) == v) {
                    return text;
                }
            } catch (NumberFormatException e) {
                break;
            }
        }
        return significant(v, MAX_DIGITS);
    }

    /** A whole number with thousands separated by commas: 12,345. */
    public static String grouped(long v) {
        String digits = Long.toString(Math.abs(v));
        StringBuilder sb = new StringBuilder(v < 0 ? "-" : "");
        int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        sb.append(digits, 0, lead);
        for (int i = lead; i < digits.length(); i += 3) {
            sb.append(',').append(digits, i, i + 3);
        }
        return sb.toString();
    }

    /**
     * A tick label for {@code v} on an axis whose ticks are {@code step} apart: as many decimals as
     * the step needs (so 0.30000000000000004 on a 0.1 grid is "0.3"), {@link #compact} for large
     * magnitudes and very fine steps.
     */
    public static String tick(double v, double step) {
        if (!Doubles.isFinite(v)) {
            return special(v);
        }
        if (Math.abs(v) >= 1e4) {
            return compact(v);
        }
        int decimals = decimalsOf(step);
        if (decimals < 0) {
            return compact(v);
        }
        return fixed(v, decimals);
    }

    /** The fewest decimals (0..6) that write every multiple of {@code step}, or -1 when none do. */
    private static int decimalsOf(double step) {
        if (!(step > 0) || !Doubles.isFinite(step)) {
            return 0;
        }
        for (int d = 0; d <= 6; d++) {
            double scaled = step * Decimals.pow10(d);
            if (Math.abs(scaled - Math.round(scaled)) <= 1e-9 * scaled) {
                return d;
            }
        }
        return -1;
    }

    /** The decimal exponent of {@code a} after rounding it to {@code digits} significant digits. */
    private static int roundedExponent(double a, int digits) {
        int e = Decimals.exponent(a);
        return Math.round(Decimals.scale(a, digits - 1 - e)) >= (long) Decimals.pow10(digits) ? e + 1 : e;
    }

    /**
     * round(a / 10^(e - digits + 1)): the significant digits of {@code a} as an integer, for the
     * exponent {@code e} given by {@link #roundedExponent}.
     */
    private static long mantissa(double a, int digits, int e) {
        return Math.round(Decimals.scale(a, digits - 1 - e));
    }

    /** Appends units / 10^decimals, e.g. (1234, 2) as "12.34"; optionally without trailing zeros. */
    private static void appendScaled(StringBuilder sb, long units, int decimals, boolean trimZeros) {
        long divisor = 1;
        for (int i = 0; i < decimals; i++) {
            divisor *= 10;
        }
        appendDigits(sb, units / divisor);
        if (decimals == 0) {
            return;
        }
        long fraction = units % divisor;
        int shown = decimals;
        if (trimZeros) {
            while (shown > 0 && fraction % 10 == 0) {
                fraction /= 10;
                shown--;
            }
            if (shown == 0) {
                return;
            }
        }
        sb.append('.');
        long lead = 1;
        for (int i = 1; i < shown; i++) {
            lead *= 10;
        }
        while (lead > 1 && fraction < lead) {
            sb.append('0');
            lead /= 10;
        }
        appendDigits(sb, fraction);
    }

    private static void appendInt(StringBuilder sb, int v) {
        if (v < 0) {
            sb.append('-');
            appendDigits(sb, -(long) v);
        } else {
            appendDigits(sb, v);
        }
    }

    /** Appends the decimal digits of a non-negative long. */
    private static void appendDigits(StringBuilder sb, long n) {
        long lead = 1;
        while (lead <= n / 10) {
            lead *= 10;
        }
        while (lead > 0) {
            sb.append((char) ('0' + (n / lead) % 10));
            lead /= 10;
        }
    }

    private static void checkDigits(int digits) {
        if (digits < 1 || digits > MAX_DIGITS) {
            throw new IllegalArgumentException("digits must be between 1 and " + MAX_DIGITS + ", was " + digits);
        }
    }

    private static String special(double v) {
        if (Doubles.isNaN(v)) {
            return "NaN";
        }
        return v > 0 ? "\u221e" : "-\u221e";
    }
}
