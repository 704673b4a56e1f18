package org.nnplayground.core.text;

import org.nnplayground.core.math.DetMath;

/**
 * Powers of ten and decimal exponents for the number formatter and the axis ticks, built from
 * multiplication and comparison only, so that labels come out the same on the JVM and in the browser.
 */
public final class Decimals {
    private static final double LN10 = 2.302585092994046;
    /** 10^0 .. 10^22: every one is exactly representable as a double. */
    private static final double[] EXACT = new double[23];

    static {
        double p = 1.0;
        for (int i = 0; i < EXACT.length; i++) {
            EXACT[i] = p;
            p *= 10.0;
        }
    }

    private Decimals() {
    }

    /** 10^k; exact for -22 &le; k &le; 22, correctly rounded to within a few ulps elsewhere. */
    public static double pow10(int k) {
        if (k >= 0) {
            double p = 1.0;
            while (k > 22) {
                p *= EXACT[22];
                k -= 22;
            }
            return p * EXACT[k];
        }
        if (k >= -22) {
            return 1.0 / EXACT[-k];
        }
        double p = 1.0;
        while (k < -22) {
            p /= EXACT[22];
            k += 22;
        }
        return p / EXACT[-k];
    }

    /** The decimal exponent of a positive finite v: the e with 10^e &le; v &lt; 10^(e+1). */
    public static int exponent(double v) {
        int e = (int) Math.floor(log10(v));
        // The logarithm may be off by one next to exact powers of ten; settle it by comparison.
        while (e > -330 && pow10(e) > v) {
            e--;
        }
        while (e < 310 && pow10(e + 1) <= v) {
            e++;
        }
        return e;
    }

    /** log10 of a positive number via the core's deterministic natural logarithm. */
    public static double log10(double v) {
        return DetMath.log(v) / LN10;
    }

    /** v * 10^k, in two steps when 10^k alone would overflow or underflow. */
    public static double scale(double v, int k) {
        if (k > 300) {
            return v * pow10(300) * pow10(k - 300);
        }
        if (k < -300) {
            return v * pow10(-300) * pow10(k + 300);
        }
        return k >= 0 ? v * pow10(k) : v / pow10(-k);
    }
}
