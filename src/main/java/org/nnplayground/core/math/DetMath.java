package org.nnplayground.core.math;

/**
 * Deterministic elementary functions, so that the JVM, the TeaVM JavaScript build and the
 * WebAssembly GC build return the same bits for the same input.
 *
 * <p>Everything here is built from IEEE 754 operations that every runtime rounds the same way:
 * {@code + - * /}, comparisons, {@link Math#abs}, {@link Math#floor}, raw bit conversions and
 * integer arithmetic. No {@code Math.exp/log/sin/...}, no {@code Math.rint} (TeaVM rounds ties
 * differently), no tables computed at start-up, no allocation.
 *
 * <p>Accuracy figures below are the largest errors measured over 200,000 seeded points per
 * function, in ulps of the result: against {@link StrictMath} (asserted by {@code DetMathTest})
 * and, where stated, against the true value (200-bit arithmetic, checked offline).
 */
public final class DetMath {
    private DetMath() {
    }

    // ln 2 = LN2_HI + LN2_LO. LN2_HI keeps 42 significant bits, so k * LN2_HI is exact for |k| < 2^11.
    private static final double LN2_HI = 0x1.62e42fefa38p-1;
    private static final double LN2_LO = 0x1.ef35793c7673p-45;
    private static final double INV_LN2 = 0x1.71547652b82fep0;
    private static final double SQRT2 = 0x1.6a09e667f3bcdp0;

    // pi/2 = P1 + P2 + P3 (119 bits). P1 and P2 keep 33 bits: k * P1 and k * P2 are exact for |k| < 2^20.
    private static final double PIO2_1 = 0x1.921fb544p0;
    private static final double PIO2_2 = 0x1.0b4611a6p-34;
    private static final double PIO2_3 = 0x1.3198a2e037073p-69;
    private static final double TWO_OVER_PI = 0x1.45f306dc9c883p-1;
    private static final double PIO4 = 0x1.921fb54442d18p-1;
    /** Above this |x|, sin/cos reduction is no longer exact (see {@link #sin}). */
    private static final double TRIG_EXACT_LIMIT = 0x1p20;

    /**
     * 1.5 * 2^52: for |y| < 2^51, (y + ROUND) - ROUND is y rounded to the nearest integer (ties to
     * even) by the addition's own rounding. Unlike Math.floor, which TeaVM's WebAssembly backend
     * imports from JavaScript (one call out of the module per use), this is two additions.
     */
    private static final double ROUND = 0x1.8p52;

    private static final long MANTISSA_MASK = 0x000F_FFFF_FFFF_FFFFL;
    private static final long ONE_BITS = 0x3FF0_0000_0000_0000L;

    /**
     * e^x. Within 1 ulp of StrictMath (0.83 ulp of the true value). Returns +Infinity
     * for x above ~709.78 and 0 below ~-745.13, with gradual underflow in between; NaN for NaN.
     */
    public static double exp(double x) {
        if (x != x) {
            return x;
        }
        if (x > 710.0) {
            return Double.POSITIVE_INFINITY;
        }
        if (x < -746.0) {
            return 0.0;
        }
        if (Math.abs(x) < 0x1p-54) {
            return 1.0 + x;
        }
        // x = k ln2 + r with |r| <= ln2/2; r is carried as hi - lo, hi exact.
        double kd = (x * INV_LN2 + ROUND) - ROUND;
        int k = (int) kd;
        double hi = x - kd * LN2_HI;
        double lo = kd * LN2_LO;
        double q = expm1Tail(hi - lo);
        return scale((hi - (lo - q)) + 1.0, k);
    }

    /**
     * e^x - 1, accurate also for tiny |x| (no cancellation). Within 1 ulp of StrictMath (0.89 ulp
     * of the true value). Returns -1 below -38 and +Infinity above ~709.78.
     */
    public static double expm1(double x) {
        if (x != x) {
            return x;
        }
        if (x > 710.0) {
            return Double.POSITIVE_INFINITY;
        }
        if (x < -38.0) {
            return -1.0; // e^x < 2^-54: -1 + e^x rounds to -1
        }
        if (Math.abs(x) < 0x1p-54) {
            return x; // also keeps the sign of -0.0
        }
        double kd = (x * INV_LN2 + ROUND) - ROUND;
        int k = (int) kd;
        if (k == 0) {
            return x + expm1Tail(x);
        }
        double hi = x - kd * LN2_HI;
        double lo = kd * LN2_LO;
        double d = expm1Tail(hi - lo) - lo; // e^r - 1 = hi + d
        if (k <= -2) {
            return scale((hi + d) + 1.0, k) - 1.0; // result near -1: the rounding of 1 + ... is harmless
        }
        // e^x - 1 = 2^k ((1 - 2^-k) + hi + d). The first sum is done exactly (Fast2Sum, |t| >= |hi|).
        double t = 1.0 - scale(1.0, -k);
        double s = t + hi;
        double err = (t - s) + hi;
        return scale((err + d) + s, k);
    }

    /**
     * e^r - 1 - r for |r| <= ~0.35. Uses e^r - 1 = 2r / (R - r) with R = r coth(r/2), written as
     * r + r c / (2 - c) where c = r - (R - 2). R - 2 is the Bernoulli series z/6 - z^2/360 + ...
     * (z = r^2), truncated after z^6: the dropped term is below 1e-17.
     */
    private static double expm1Tail(double r) {
        double z = r * r;
        double rMinus2 = z * (1.0 / 6 + z * (-1.0 / 360 + z * (1.0 / 15120 + z * (-1.0 / 604800
                + z * (1.0 / 23950080 + z * (-691.0 / 653837184000L))))));
        double c = r - rMinus2;
        return r * c / (2.0 - c);
    }

    /** y * 2^k for k in [-1100, 1024], with a single rounding also when the result is subnormal. */
    private static double scale(double y, int k) {
        if (k > 1023) {
            return y * 2.0 * twoPow(k - 1);
        }
        if (k < -1022) {
            return y * twoPow(k + 1000) * 0x1p-1000;
        }
        return y * twoPow(k);
    }

    /** 2^k for k in [-1022, 1023], built from its bits. */
    private static double twoPow(int k) {
        return Double.longBitsToDouble((long) (k + 1023) << 52);
    }

    /**
     * Natural logarithm. Within 1 ulp of StrictMath (0.76 ulp of the true value). log(±0) = -Infinity,
     * log(x < 0) = NaN, log(+Infinity) = +Infinity; subnormal inputs are handled
     * (log(Double.MIN_VALUE) ~ -744.44).
     */
    public static double log(double x) {
        if (!(x > 0.0)) {
            return x == 0.0 ? Double.NEGATIVE_INFINITY : Double.NaN;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return x;
        }
        if (x < Double.MIN_NORMAL) {
            return logNormal(x * 0x1p54, -54, 0.0); // exact scaling into the normal range
        }
        return logNormal(x, 0, 0.0);
    }

    /** k ln2 + log(x) + c for a positive normal x: splits x = 2^e m with m in [sqrt(1/2), sqrt(2)). */
    private static double logNormal(double x, int k, double c) {
        long bits = Double.doubleToRawLongBits(x);
        k += (int) (bits >>> 52) - 1023;
        double m = Double.longBitsToDouble((bits & MANTISSA_MASK) | ONE_BITS); // in [1, 2)
        if (m > SQRT2) {
            m *= 0.5;
            k++;
        }
        return logKernel(k, m - 1.0, c); // m - 1 is exact (Sterbenz)
    }

    /**
     * log(1 + x), accurate also for tiny |x|. Within 1 ulp of StrictMath (0.75 ulp of the true
     * value). log1p(-1) = -Infinity, NaN below -1.
     */
    public static double log1p(double x) {
        if (!(x >= -1.0)) {
            return Double.NaN;
        }
        if (x == -1.0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return x;
        }
        if (Math.abs(x) < 0x1p-54) {
            return x; // also keeps the sign of -0.0
        }
        if (x > -0.29 && x < 0.41) {
            return logKernel(0, x, 0.0); // 1 + x already lies in [sqrt(1/2), sqrt(2)): no rounding at all
        }
        double u = 1.0 + x;
        double c = x <= 1.0 ? (1.0 - u) + x : (x - u) + 1.0; // exact rounding error of u (Fast2Sum)
        return logNormal(u, 0, c / u); // log(u + c) = log(u) + c/u to first order, |c/u| <= 2^-53
    }

    /**
     * k ln2 + log(1 + f) + c for f in [sqrt(1/2) - 1, sqrt(2) - 1] and a tiny correction c.
     * With s = f / (2 + f), log(1 + f) = 2 atanh(s) = 2s + s R, R = sum 2 s^(2j) / (2j + 1).
     * Since 2s = f - s f and s f = hfsq - s hfsq (hfsq = f^2 / 2), this is
     * f - (hfsq - s (hfsq + R)), which keeps the exact f in front. |s| <= 0.1716, so R is cut after
     * s^20 (the dropped term is below 2e-18).
     */
    private static double logKernel(int k, double f, double c) {
        double s = f / (2.0 + f);
        double z = s * s;
        double r = z * (2.0 / 3 + z * (2.0 / 5 + z * (2.0 / 7 + z * (2.0 / 9 + z * (2.0 / 11
                + z * (2.0 / 13 + z * (2.0 / 15 + z * (2.0 / 17 + z * (2.0 / 19 + z * (2.0 / 21))))))))));
        double hfsq = 0.5 * f * f;
        double lo = k * LN2_LO + c;
        // lo + s(hfsq + r), not s(hfsq + r) + lo: the same sum, but TeaVM's JavaScript output prints a
        // sum nested on the right without its parentheses (x + (y + c) as x + y + c, rounded
        // differently), and lo is such a sum once inlined. On the left its order survives.
        return (f - (hfsq - (lo + s * (hfsq + r)))) + k * LN2_HI;
    }

    /**
     * Hyperbolic tangent. Within 1.2 ulp of the true value (2 ulp of StrictMath, whose tanh errs by
     * up to 1.9 ulp). Odd, exactly ±1 for |x| >= 22, tanh(±0) = ±0.
     *
     * <p>The activation of most networks here, so it is built for speed as well: one division, no
     * call out of the module, and polynomials in Estrin's form (independent halves that the CPU
     * evaluates side by side) rather than one long chain of dependent steps.
     */
    public static double tanh(double x) {
        double ax = x < 0 ? -x : x; // not Math.abs: a function call in TeaVM's JavaScript output
        if (!(ax < 22.0)) {
            return ax != ax ? x : (x > 0 ? 1.0 : -1.0);
        }
        if (ax < 0x1p-27) {
            return x; // x - x^3/3 rounds to x
        }
        double t;
        if (ax < 1.0) {
            // Lambert's continued fraction x / (1 + z/(3 + z/(5 + ... z/19))), z = x^2, written as
            // x - x^3 A(z) / B(z) (integer coefficients, all positive). Relative error < 1e-19 on [0, 1].
            double z = ax * ax;
            double z2 = z * z;
            double a = (218243025.0 + z * 16081065.0) + z2 * ((289575.0 + z * 1430.0) + z2);
            double b = (654729075.0 + z * 310134825.0)
                    + z2 * ((18918900.0 + z * 315315.0) + z2 * (1485.0 + z));
            t = ax - ax * z * a / b;
        } else {
            t = 1.0 - 2.0 / (expForTanh(2.0 * ax) + 1.0); // 2 / (e^2x + 1) <= 0.24: its error is damped
        }
        return x < 0 ? -t : t;
    }

    /**
     * e^y for y in [2, 44): y = k ln2 + r, |r| <= ln2/2, e^r = 1 + r + r^2 P(r) with P the Taylor
     * series of (e^r - 1 - r) / r^2 up to r^11 (the dropped r^14/14! is below 5e-18), and 2^k
     * built from int arithmetic (k <= 63), which the JavaScript build does without 64-bit longs.
     * Within 1 ulp; in {@link #tanh} its error shrinks by a factor of at least 4.
     */
    private static double expForTanh(double y) {
        double kd = (y * INV_LN2 + ROUND) - ROUND;
        double hi = y - kd * LN2_HI;
        double lo = kd * LN2_LO;
        double r = hi - lo;
        double r2 = r * r;
        double r4 = r2 * r2;
        double q0 = (1.0 / 2 + r * (1.0 / 6)) + r2 * (1.0 / 24 + r * (1.0 / 120));
        double q1 = (1.0 / 720 + r * (1.0 / 5040)) + r2 * (1.0 / 40320 + r * (1.0 / 362880));
        double q2 = (1.0 / 3628800 + r * (1.0 / 39916800)) + r2 * (1.0 / 479001600 + r * (1.0 / 6227020800L));
        double p = (q0 + r4 * q1) + (r4 * r4) * q2;
        double er = (hi - (lo - r2 * p)) + 1.0;
        int k = (int) kd;
        double scale = 1 << (k & 15);
        int high = k >> 4;
        if (high >= 2) {
            scale *= 0x1p32;
            high -= 2;
        }
        if (high == 1) {
            scale *= 0x1p16;
        }
        return er * scale;
    }

    /**
     * Sine. Within 1 ulp of StrictMath (0.74 ulp of the true value) for |x| <= 2^20 (about 1e6).
     * Beyond that the argument reduction loses accuracy (results stay deterministic and within
     * [-1, 1]). NaN for NaN and ±Infinity.
     */
    public static double sin(double x) {
        return sinCos(x, 0);
    }

    /** Cosine. Within 1 ulp of StrictMath (0.73 ulp of the true value); same range rules as {@link #sin}. */
    public static double cos(double x) {
        return sinCos(x, 1);
    }

    /**
     * Tangent, as sin(x) / cos(x) from one shared argument reduction each. Within 4 ulp of
     * StrictMath on the range where {@link #sin} is accurate; NaN for NaN and ±Infinity.
     */
    public static double tan(double x) {
        return sinCos(x, 0) / sinCos(x, 1);
    }

    /** sin(x + shift pi/2). */
    private static double sinCos(double x, int shift) {
        if (x - x != 0.0) {
            return Double.NaN; // NaN or infinite
        }
        double ax = Math.abs(x);
        if (ax < 0x1p-27) {
            return shift == 0 ? x : 1.0;
        }
        if (ax <= PIO4) {
            return shift == 0 ? sinKernel(x, 0.0) : cosKernel(x, 0.0);
        }
        // Cody-Waite: y = x - k pi/2 as a double-double yh + yl.
        double k = Math.floor(x * TWO_OVER_PI + 0.5);
        double t1 = x - k * PIO2_1; // exact
        double a = k * PIO2_2; // exact
        double s = t1 - a;
        double bb = s - t1;
        double e = (t1 - (s - bb)) - (a + bb); // s + e == t1 - a exactly (TwoSum)
        double tail = e - k * PIO2_3;
        double yh = s + tail;
        double yl = (s - yh) + tail;
        if (ax > TRIG_EXACT_LIMIT) {
            // Inexact reduction: keep y inside the kernels' domain so the result stays in [-1, 1].
            yh = yh > PIO4 ? PIO4 : (yh < -PIO4 ? -PIO4 : yh);
            yl = 0.0;
        }
        // Quadrant from k done in doubles (k may be huge; a cast to int would differ between runtimes).
        int quadrant = ((int) (k - 4.0 * Math.floor(k * 0.25)) + shift) & 3;
        double r = (quadrant & 1) == 0 ? sinKernel(yh, yl) : cosKernel(yh, yl);
        return quadrant >= 2 ? -r : r; // sin(y + pi/2) = cos(y), sin(y + pi) = -sin(y)
    }

    /**
     * sin(y + yl) for |y| <= pi/4, |yl| tiny: y + y^3 S(y^2) + yl (1 - y^2/2), with S the Taylor
     * series -1/3! + y^2/5! - ... + y^14/17! (the dropped y^19/19! term is below 1e-19).
     */
    private static double sinKernel(double y, double yl) {
        double z = y * y;
        double sPoly = -1.0 / 6 + z * (1.0 / 120 + z * (-1.0 / 5040 + z * (1.0 / 362880
                + z * (-1.0 / 39916800 + z * (1.0 / 6227020800L + z * (-1.0 / 1307674368000L
                + z * (1.0 / 355687428096000L)))))));
        return (y * z * sPoly + yl * (1.0 - 0.5 * z)) + y;
    }

    /**
     * cos(y + yl) for |y| <= pi/4, |yl| tiny: 1 - y^2/2 + y^4 C(y^2) - y yl, with C the Taylor series
     * 1/4! - y^2/6! + ... + y^12/16! (dropped term below 3e-18). The rounding error of
     * w = 1 - y^2/2 is recovered exactly and added back.
     */
    private static double cosKernel(double y, double yl) {
        double z = y * y;
        double cPoly = 1.0 / 24 + z * (-1.0 / 720 + z * (1.0 / 40320 + z * (-1.0 / 3628800
                + z * (1.0 / 479001600 + z * (-1.0 / 87178291200L + z * (1.0 / 20922789888000L))))));
        double hz = 0.5 * z;
        double w = 1.0 - hz;
        return (((1.0 - w) - hz) - (y * yl - z * z * cPoly)) + w;
    }

    /**
     * The logistic function 1 / (1 + e^-x), computed without overflow for either sign: never NaN
     * for non-NaN x, always in [0, 1], and sigmoid(x) + sigmoid(-x) = 1 up to rounding (< 1e-15).
     * Within 2 ulp of the same formula on StrictMath (1.9 ulp of the true value).
     */
    public static double sigmoid(double x) {
        if (x >= 0.0) {
            return 1.0 / (1.0 + exp(-x));
        }
        double e = exp(x);
        return e / (1.0 + e);
    }

    /**
     * log(1 + e^x), stable for either sign: x + log1p(e^-x) for x >= 0 (so x itself once e^-x
     * is negligible) and log1p(e^x) below (so e^x itself for very negative x). Within 1 ulp of the
     * same formula on StrictMath (1.2 ulp of the true value).
     */
    public static double softplus(double x) {
        if (x >= 0.0) {
            return x + log1p(exp(-x));
        }
        return log1p(exp(x));
    }

    /**
     * base^n by repeated squaring. Correctly rounded for n in {-1, 0, 1, 2}; otherwise each squaring
     * doubles the relative error, so it grows linearly with |n|: within |n| ulp of StrictMath
     * (measured about 0.65 |n| for |n| <= 20; pow(0.999, -1000) is off by about 40 ulp).
     * pow(x, 0) = 1 for every x, as Math.pow. For negative n the result is 1 / base^|n|, falling
     * back to (1 / base)^|n| when base^|n| overflows.
     */
    public static double pow(double base, int n) {
        // |n| as an unsigned int: -Integer.MIN_VALUE wraps to itself, which unsigned is 2^31.
        int m = n < 0 ? -n : n;
        if (n >= 0) {
            return powUnsigned(base, m);
        }
        double p = powUnsigned(base, m);
        return p == Double.POSITIVE_INFINITY || p == Double.NEGATIVE_INFINITY
                ? powUnsigned(1.0 / base, m) : 1.0 / p;
    }

    /**
     * base^exponent for a real exponent: an integral exponent of magnitude at most
     * {@value #MAX_REPEATED_SQUARING} goes by repeated squaring ({@link #pow(double, int)}), any other
     * as exp(exponent log(base)) for a positive base (its relative error grows with
     * |exponent log(base)|, about that many ulp; a negative base takes the sign of an odd integral
     * exponent). NaN where the real power is undefined: a negative base with a non-integral exponent,
     * and 0 to a negative power (0^0 = 1, as Math.pow).
     */
    public static double pow(double base, double exponent) {
        if (base != base || exponent != exponent) {
            return Double.NaN;
        }
        boolean integral = exponent == Math.floor(exponent);
        if (base == 0.0) {
            return exponent > 0.0 ? 0.0 : exponent == 0.0 ? 1.0 : Double.NaN;
        }
        if (integral && Math.abs(exponent) <= MAX_REPEATED_SQUARING) {
            return pow(base, (int) exponent);
        }
        if (base > 0.0) {
            return exp(exponent * log(base));
        }
        if (!integral) {
            return Double.NaN;
        }
        double magnitude = exp(exponent * log(-base));
        boolean odd = exponent * 0.5 != Math.floor(exponent * 0.5);
        return odd ? -magnitude : magnitude;
    }

    /** The largest integral exponent {@link #pow(double, double)} takes by repeated squaring. */
    public static final int MAX_REPEATED_SQUARING = 64;

    private static double powUnsigned(double base, int m) {
        double result = 1.0;
        double square = base;
        while (m != 0) {
            if ((m & 1) != 0) {
                result *= square;
            }
            m >>>= 1;
            if (m != 0) {
                square *= square;
            }
        }
        return result;
    }
}
