package org.nnplayground.core.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Accuracy, special values and pinned bits of {@link DetMath}.
 *
 * <p>References are {@link StrictMath} (fdlibm, bit-identical on every JVM, so these tests cannot
 * change verdict between JVM versions the way {@link Math} intrinsics can). Errors are measured in
 * {@code Math.ulp(reference)}. Sample points come from the project's own seeded {@link Rng}.
 */
class DetMathTest {
    private static final int POINTS = 200_000;

    /** Draws one sample point. */
    private interface Sampler {
        double next(Rng rng);
    }

    private static Sampler uniform(double lo, double hi) {
        return rng -> rng.uniform(lo, hi);
    }

    /** ±2^u with u uniform in [loExp, hiExp): covers many magnitudes, both signs. */
    private static Sampler signedLog2(double loExp, double hiExp) {
        return rng -> {
            double magnitude = StrictMath.pow(2.0, rng.uniform(loExp, hiExp));
            return rng.nextDouble() < 0.5 ? -magnitude : magnitude;
        };
    }

    /** 2^u with u uniform in [loExp, hiExp). */
    private static Sampler positiveLog2(double loExp, double hiExp) {
        return rng -> StrictMath.pow(2.0, rng.uniform(loExp, hiExp));
    }

    private static Sampler shifted(double offset, Sampler sampler) {
        return rng -> offset + sampler.next(rng);
    }

    /** |got - ref| in ulps of ref; 0 when both are the same value (or both NaN). */
    static double ulps(double got, double ref) {
        if (got == ref || (got != got && ref != ref)) {
            return 0.0;
        }
        if (Double.isNaN(got) || Double.isNaN(ref) || Double.isInfinite(got) || Double.isInfinite(ref)) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.abs(got - ref) / Math.ulp(ref);
    }

    /** The check below on POINTS points. */
    private static double assertMaxUlps(String name, double maxUlps, DoubleUnaryOperator f,
            DoubleUnaryOperator ref, Sampler... samplers) {
        return assertMaxUlps(name, maxUlps, POINTS, f, ref, samplers);
    }

    /**
     * Compares f with ref on seeded points, split evenly across the samplers, and asserts the
     * largest error is at most maxUlps. Returns that largest error.
     */
    private static double assertMaxUlps(String name, double maxUlps, int points, DoubleUnaryOperator f,
            DoubleUnaryOperator ref, Sampler... samplers) {
        Rng rng = new Rng(name.hashCode());
        double worst = 0.0;
        double worstX = Double.NaN;
        int perSampler = points / samplers.length;
        for (Sampler sampler : samplers) {
            for (int i = 0; i < perSampler; i++) {
                double x = sampler.next(rng);
                double error = ulps(f.applyAsDouble(x), ref.applyAsDouble(x));
                if (error > worst) {
                    worst = error;
                    worstX = x;
                }
            }
        }
        double w = worst;
        double wx = worstX;
        assertTrue(w <= maxUlps, () -> name + ": max error " + w + " ulp at x = " + wx + " ("
                + Double.toHexString(wx) + "), allowed " + maxUlps);
        return worst;
    }

    // ---- accuracy against StrictMath ---------------------------------------------------------

    @Test
    void expIsWithinOneUlp() {
        // Measured max: 1 ulp (0.83 ulp from the true value; StrictMath's own error is the same).
        assertMaxUlps("exp", 1.0, DetMath::exp, StrictMath::exp,
                uniform(-745.2, 709.8), uniform(-1, 1), signedLog2(-60, 0),
                uniform(700, 709.78), uniform(-745.13, -708)); // near overflow; subnormal results
    }

    @Test
    void expm1IsWithinOneUlp() {
        // Measured max: 1 ulp (0.89 ulp from the true value).
        assertMaxUlps("expm1", 1.0, DetMath::expm1, StrictMath::expm1,
                uniform(-40, 709.78), uniform(-2, 2), signedLog2(-60, 0), uniform(-38, -1));
    }

    @Test
    void logIsWithinOneUlp() {
        // Measured max: 1 ulp (0.76 ulp from the true value).
        assertMaxUlps("log", 1.0, DetMath::log, StrictMath::log,
                positiveLog2(-1074, 1023.99), uniform(0.5, 2), uniform(0, 10),
                shifted(1.0, signedLog2(-52, -1)), // near 1
                uniform(Double.MIN_VALUE, Double.MIN_NORMAL)); // subnormal inputs
    }

    @Test
    void log1pIsWithinOneUlp() {
        // Measured max: 1 ulp (0.75 ulp from the true value).
        assertMaxUlps("log1p", 1.0, DetMath::log1p, StrictMath::log1p,
                uniform(-1, 3), signedLog2(-60, -1), positiveLog2(0, 1023), uniform(-1, -0.25));
    }

    @Test
    void tanhIsWithinTwoUlpsOfStrictMath() {
        // Measured max: 2 ulp against StrictMath, whose tanh itself errs by up to 1.9 ulp; DetMath.tanh
        // is within 1.0 ulp of the true value (checked offline against 200-bit arithmetic).
        assertMaxUlps("tanh", 2.0, DetMath::tanh, StrictMath::tanh,
                uniform(-25, 25), uniform(-1.5, 1.5), signedLog2(-60, 2), uniform(0.9, 1.1));
    }

    @Test
    void sinIsWithinOneUlp() {
        // Measured max: 1 ulp (0.74 ulp from the true value).
        assertMaxUlps("sin", 1.0, DetMath::sin, StrictMath::sin,
                uniform(-1e5, 1e5), uniform(-10, 10), signedLog2(-60, 16.6), uniform(-0x1p20, 0x1p20));
    }

    @Test
    void cosIsWithinOneUlp() {
        // Measured max: 1 ulp (0.73 ulp from the true value).
        assertMaxUlps("cos", 1.0, DetMath::cos, StrictMath::cos,
                uniform(-1e5, 1e5), uniform(-10, 10), signedLog2(-60, 16.6), uniform(-0x1p20, 0x1p20));
    }

    @Test
    void sigmoidIsWithinTwoUlpsOfTheSameFormulaOnStrictMath() {
        // Measured max: 2 ulp (1.9 ulp from the true value: exp's error passes through for x < 0).
        DoubleUnaryOperator ref = x -> x >= 0 ? 1 / (1 + StrictMath.exp(-x))
                : StrictMath.exp(x) / (1 + StrictMath.exp(x));
        assertMaxUlps("sigmoid", 2.0, DetMath::sigmoid, ref,
                uniform(-40, 40), uniform(-40, 40), uniform(-750, 750), signedLog2(-60, 3));
    }

    @Test
    void softplusIsWithinOneUlpOfTheSameFormulaOnStrictMath() {
        // Measured max: 1 ulp (1.2 ulp from the true value).
        DoubleUnaryOperator ref = x -> x >= 0 ? x + StrictMath.log1p(StrictMath.exp(-x))
                : StrictMath.log1p(StrictMath.exp(x));
        assertMaxUlps("softplus", 1.0, DetMath::softplus, ref,
                uniform(-40, 40), uniform(-40, 40), uniform(-750, 750), signedLog2(-60, 3));
    }

    @Test
    void powErrorGrowsAtMostLinearlyWithTheExponent() {
        // Exact for n in {-1, 0, 1, 2}; measured max over |n| <= 20: about 0.65 |n| ulp (13 ulp at n = ±20).
        for (int n = -20; n <= 20; n++) {
            int exponent = n;
            double bound = n >= -1 && n <= 2 ? 0.0 : Math.abs(n);
            assertMaxUlps("pow(x, " + n + ")", bound, 5_000, x -> DetMath.pow(x, exponent),
                    x -> StrictMath.pow(x, exponent), uniform(-2, 2));
        }
    }

    @Test
    void tanIsWithinFourUlps() {
        // sin / cos, each within 1 ulp: the quotient stays within a few ulp, also near the poles.
        assertMaxUlps("tan", 4.0, DetMath::tan, StrictMath::tan,
                uniform(-1.6, 1.6), uniform(-100, 100), uniform(-1e5, 1e5), signedLog2(-40, 3));
    }

    @Test
    void realPowerIsExactForSmallIntegersAndCloseElsewhere() {
        Rng rng = new Rng(515);
        for (int i = 0; i < 20_000; i++) {
            double base = rng.uniform(1e-3, 20);
            double exponent = rng.uniform(-8, 8);
            double got = DetMath.pow(base, exponent);
            double ref = StrictMath.pow(base, exponent);
            double bound = 2.0 + 2.0 * Math.abs(exponent * Math.log(base));
            assertTrue(ulps(got, ref) <= bound, () -> base + "^" + exponent + " = " + got + ", StrictMath " + ref);
        }
        for (int n = -MAX; n <= MAX; n++) {
            assertEquals(DetMath.pow(-1.5, n), DetMath.pow(-1.5, (double) n), "integral exponent " + n);
        }
        assertEquals(-StrictMath.pow(2, 101), DetMath.pow(-2.0, 101.0), Math.ulp(StrictMath.pow(2, 101)) * 300);
        assertEquals(StrictMath.pow(2, 100), DetMath.pow(-2.0, 100.0), Math.ulp(StrictMath.pow(2, 100)) * 300);
        assertTrue(Double.isNaN(DetMath.pow(-2.0, 0.5)), "a negative base to a fractional power is undefined");
        assertTrue(Double.isNaN(DetMath.pow(0.0, -1.0)), "0 to a negative power is undefined");
        assertTrue(Double.isNaN(DetMath.pow(0.0, -0.5)));
        assertEquals(0.0, DetMath.pow(0.0, 2.5));
        assertEquals(1.0, DetMath.pow(0.0, 0.0));
        assertTrue(Double.isNaN(DetMath.pow(Double.NaN, 0.0)) && Double.isNaN(DetMath.pow(2.0, Double.NaN)));
    }

    private static final int MAX = DetMath.MAX_REPEATED_SQUARING;

    // ---- special values ----------------------------------------------------------------------

    @Test
    void expSpecialValues() {
        assertEquals(Double.NaN, DetMath.exp(Double.NaN));
        assertEquals(Double.POSITIVE_INFINITY, DetMath.exp(Double.POSITIVE_INFINITY));
        assertEquals(0.0, DetMath.exp(Double.NEGATIVE_INFINITY));
        assertEquals(1.0, DetMath.exp(0.0));
        assertEquals(1.0, DetMath.exp(-0.0));
        assertEquals(StrictMath.exp(709.7), DetMath.exp(709.7));
        double largestFinite = DetMath.exp(709.782712893384); // the largest x whose e^x is finite
        assertTrue(Double.isFinite(largestFinite) && largestFinite > 1.79e308);
        assertEquals(StrictMath.exp(709.782712893384), largestFinite);
        assertEquals(Double.POSITIVE_INFINITY, DetMath.exp(Math.nextUp(709.782712893384)));
        assertEquals(Double.POSITIVE_INFINITY, DetMath.exp(710.0));
        assertEquals(Double.MIN_VALUE, DetMath.exp(-745.13)); // smallest subnormal
        assertEquals(0.0, DetMath.exp(-745.14));
        assertEquals(0.0, DetMath.exp(-1e4));
    }

    @Test
    void logSpecialValues() {
        assertEquals(Double.NaN, DetMath.log(Double.NaN));
        assertEquals(Double.NaN, DetMath.log(-1.0));
        assertEquals(Double.NaN, DetMath.log(Double.NEGATIVE_INFINITY));
        assertEquals(Double.NEGATIVE_INFINITY, DetMath.log(0.0));
        assertEquals(Double.NEGATIVE_INFINITY, DetMath.log(-0.0));
        assertEquals(Double.POSITIVE_INFINITY, DetMath.log(Double.POSITIVE_INFINITY));
        assertEquals(0.0, DetMath.log(1.0));
        assertEquals(1.0, DetMath.log(Math.E));
        assertEquals(-744.4400719213812, DetMath.log(Double.MIN_VALUE), 1e-12);
        assertEquals(StrictMath.log(Double.MIN_NORMAL), DetMath.log(Double.MIN_NORMAL));
        assertEquals(StrictMath.log(Double.MAX_VALUE), DetMath.log(Double.MAX_VALUE));
    }

    @Test
    void expm1AndLog1pSpecialValues() {
        assertEquals(Double.NaN, DetMath.expm1(Double.NaN));
        assertEquals(-0.0, DetMath.expm1(-0.0));
        assertEquals(0.0, DetMath.expm1(0.0));
        assertEquals(1e-300, DetMath.expm1(1e-300));
        assertEquals(-1.0, DetMath.expm1(-40.0));
        assertEquals(-1.0, DetMath.expm1(Double.NEGATIVE_INFINITY));
        assertEquals(Double.POSITIVE_INFINITY, DetMath.expm1(710.0));
        assertEquals(Double.POSITIVE_INFINITY, DetMath.expm1(Double.POSITIVE_INFINITY));

        assertEquals(Double.NaN, DetMath.log1p(Double.NaN));
        assertEquals(Double.NaN, DetMath.log1p(-1.5));
        assertEquals(Double.NEGATIVE_INFINITY, DetMath.log1p(-1.0));
        assertEquals(-0.0, DetMath.log1p(-0.0));
        assertEquals(0.0, DetMath.log1p(0.0));
        assertEquals(1e-300, DetMath.log1p(1e-300));
        assertEquals(StrictMath.log1p(Double.MAX_VALUE), DetMath.log1p(Double.MAX_VALUE));
        assertEquals(Double.POSITIVE_INFINITY, DetMath.log1p(Double.POSITIVE_INFINITY));
    }

    @Test
    void tanhSpecialValues() {
        assertEquals(Double.NaN, DetMath.tanh(Double.NaN));
        assertEquals(0.0, DetMath.tanh(0.0));
        assertEquals(-0.0, DetMath.tanh(-0.0));
        assertEquals(1.0, DetMath.tanh(800.0)); // NaN with Math.tanh under TeaVM
        assertEquals(-1.0, DetMath.tanh(-800.0));
        assertEquals(1.0, DetMath.tanh(22.0));
        assertEquals(1.0, DetMath.tanh(Double.POSITIVE_INFINITY));
        assertEquals(-1.0, DetMath.tanh(Double.NEGATIVE_INFINITY));
        assertEquals(Double.MIN_VALUE, DetMath.tanh(Double.MIN_VALUE));
        assertEquals(1e-20, DetMath.tanh(1e-20));
    }

    @Test
    void sinCosSpecialValues() {
        for (double x : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            assertEquals(Double.NaN, DetMath.sin(x));
            assertEquals(Double.NaN, DetMath.cos(x));
        }
        assertEquals(0.0, DetMath.sin(0.0));
        assertEquals(-0.0, DetMath.sin(-0.0));
        assertEquals(1.0, DetMath.cos(0.0));
        assertEquals(1.0, DetMath.cos(-0.0));
        assertEquals(1e-300, DetMath.sin(1e-300));
        // At multiples of pi/2 the result is 0 or ±1 up to the tiny true sin/cos of the double k*pi/2,
        // which needs the full 119-bit pi/2 to come out right.
        for (int k = -64; k <= 64; k++) {
            double x = k * (Math.PI / 2);
            double sin = StrictMath.sin(x);
            double cos = StrictMath.cos(x);
            assertEquals(sin, DetMath.sin(x), Math.ulp(sin), "sin(" + k + " pi/2)");
            assertEquals(cos, DetMath.cos(x), Math.ulp(cos), "cos(" + k + " pi/2)");
        }
        assertEquals(1.2246467991473532e-16, DetMath.sin(Math.PI));
        assertEquals(6.123233995736766e-17, DetMath.cos(Math.PI / 2));
        assertEquals(-1.0, DetMath.cos(Math.PI));
    }

    @Test
    void sinCosStayInRangeForHugeArguments() {
        Rng rng = new Rng(7);
        Sampler huge = signedLog2(20, 1023.99);
        for (int i = 0; i < 20_000; i++) {
            double x = huge.next(rng);
            double s = DetMath.sin(x);
            double c = DetMath.cos(x);
            assertTrue(s >= -1.0 && s <= 1.0 && c >= -1.0 && c <= 1.0, "x = " + x);
        }
        for (double x : new double[] {Double.MAX_VALUE, -Double.MAX_VALUE, 1e22, 0x1p53, 0x1p20}) {
            assertTrue(Math.abs(DetMath.sin(x)) <= 1.0 && Math.abs(DetMath.cos(x)) <= 1.0, "x = " + x);
        }
    }

    @Test
    void sigmoidAndSoftplusSpecialValues() {
        assertEquals(Double.NaN, DetMath.sigmoid(Double.NaN));
        assertEquals(0.5, DetMath.sigmoid(0.0));
        assertEquals(0.5, DetMath.sigmoid(-0.0));
        assertEquals(1.0, DetMath.sigmoid(800.0));
        assertEquals(0.0, DetMath.sigmoid(-800.0));
        assertEquals(1.0, DetMath.sigmoid(Double.POSITIVE_INFINITY));
        assertEquals(0.0, DetMath.sigmoid(Double.NEGATIVE_INFINITY));

        assertEquals(Double.NaN, DetMath.softplus(Double.NaN));
        assertEquals(StrictMath.log(2.0), DetMath.softplus(0.0));
        assertEquals(800.0, DetMath.softplus(800.0));
        assertEquals(StrictMath.exp(-700.0), DetMath.softplus(-700.0)); // e^x itself for very negative x
        assertEquals(0.0, DetMath.softplus(-800.0));
        assertEquals(Double.POSITIVE_INFINITY, DetMath.softplus(Double.POSITIVE_INFINITY));
        assertEquals(0.0, DetMath.softplus(Double.NEGATIVE_INFINITY));
    }

    @Test
    void powSpecialValues() {
        assertEquals(1.0, DetMath.pow(Double.NaN, 0));
        assertEquals(1.0, DetMath.pow(0.0, 0));
        assertEquals(Double.NaN, DetMath.pow(Double.NaN, 3));
        assertEquals(243.0, DetMath.pow(3.0, 5));
        assertEquals(-0.125, DetMath.pow(-2.0, -3));
        assertEquals(Double.POSITIVE_INFINITY, DetMath.pow(0.0, -1));
        assertEquals(Double.NEGATIVE_INFINITY, DetMath.pow(-0.0, -1));
        assertEquals(Double.POSITIVE_INFINITY, DetMath.pow(2.0, 1024));
        assertEquals(Double.MIN_VALUE, DetMath.pow(2.0, -1074)); // 2^1074 overflows: uses (1/2)^1074
        assertEquals(-0.0, DetMath.pow(Double.NEGATIVE_INFINITY, -1));
        assertEquals(1.0, DetMath.pow(-1.0, Integer.MIN_VALUE));
        assertEquals(0.0, DetMath.pow(2.0, Integer.MIN_VALUE));
    }

    // ---- properties --------------------------------------------------------------------------

    @Test
    void tanhIsOddAndMonotone() {
        List<Double> grid = new ArrayList<>();
        for (int i = -30_000; i <= 30_000; i++) {
            grid.add(i * 1e-3); // [-30, 30]
        }
        for (int i = -1000; i <= 1000; i++) {
            grid.add(1.0 + i * 1e-9); // around the switch between the two formulas
        }
        for (int i = -1000; i <= 1000; i++) {
            grid.add(0x1p-27 + i * 0x1p-40); // around the small-argument cut-off
        }
        grid.sort(null);
        double previous = -1.0;
        for (double x : grid) {
            double t = DetMath.tanh(x);
            assertEquals(-t, DetMath.tanh(-x), "odd at " + x);
            assertTrue(t >= previous, "monotone at " + x);
            assertTrue(t >= -1.0 && t <= 1.0);
            previous = t;
        }
    }

    @Test
    void sigmoidIsInUnitIntervalAndSymmetric() {
        Rng rng = new Rng(11);
        Sampler[] samplers = {uniform(-800, 800), uniform(-40, 40), signedLog2(-60, 3)};
        for (Sampler sampler : samplers) {
            for (int i = 0; i < 50_000; i++) {
                double x = sampler.next(rng);
                double s = DetMath.sigmoid(x);
                assertTrue(s >= 0.0 && s <= 1.0, "range at " + x);
                assertEquals(1.0, s + DetMath.sigmoid(-x), 1e-15, "symmetry at " + x);
            }
        }
    }

    // ---- pinned bits: the browser builds must produce exactly these ---------------------------

    @Test
    void goldenBits() {
        assertBits(0x3FFA61298E1E069CL, DetMath.exp(0.5), "exp(0.5)");
        assertBits(0x3E1B93DE1E27CA3BL, DetMath.exp(-20.25), "exp(-20.25)");
        assertBits(0x0000000000000033L, DetMath.exp(-740.5), "exp(-740.5)"); // subnormal
        assertBits(0x3EE4F8BC681CDFB6L, DetMath.expm1(1e-5), "expm1(1e-5)");
        assertBits(0x3FF193EA7AAD030AL, DetMath.log(3.0), "log(3)");
        assertBits(0xC085963447F87FB5L, DetMath.log(1e-300), "log(1e-300)");
        assertBits(0xBFF62E42FEFA39EFL, DetMath.log1p(-0.75), "log1p(-0.75)");
        assertBits(0x3FDD9353D7568AF3L, DetMath.tanh(0.5), "tanh(0.5)");
        assertBits(0xBFEFF5FDC948488CL, DetMath.tanh(-3.7), "tanh(-3.7)");
        assertBits(0x3FEAED548F090CEEL, DetMath.sin(1.0), "sin(1)");
        assertBits(0x3FE14A280FB5068CL, DetMath.cos(1.0), "cos(1)");
        assertBits(0xBFE687D5890974A5L, DetMath.sin(12345.678), "sin(12345.678)");
        assertBits(0x3FEFF8AFEF125A18L, DetMath.cos(-98765.4321), "cos(-98765.4321)");
        assertBits(0x3FE261D545E46A8BL, DetMath.sigmoid(0.3), "sigmoid(0.3)");
        assertBits(0x3F421D0B15711BF3L, DetMath.sigmoid(-7.5), "sigmoid(-7.5)");
        assertBits(0x3FB4321E1CC6D13FL, DetMath.softplus(-2.5), "softplus(-2.5)");
        assertBits(0x3FFB38FD211EA842L, DetMath.softplus(1.5), "softplus(1.5)");
        assertBits(0x3FFF2DF1FB5A7ED7L, DetMath.pow(1.1, 7), "pow(1.1, 7)");
        assertBits(0x4005C1D3C7438B11L, DetMath.pow(0.999, -1000), "pow(0.999, -1000)");
    }

    private static void assertBits(long expected, double actual, String what) {
        long bits = Double.doubleToRawLongBits(actual);
        if (bits != expected) {
            fail(what + ": expected bits 0x" + Long.toHexString(expected) + " ("
                    + Double.longBitsToDouble(expected) + "), got 0x" + Long.toHexString(bits)
                    + " (" + actual + ")");
        }
    }

    // ---- the determinism rule itself ---------------------------------------------------------

    /** DetMath calls only exactly rounded helpers: no Math.exp/log/sin/..., no StrictMath, no allocation. */
    @Test
    void callsOnlyExactlyRoundedOperations() {
        Set<String> allowed = Set.of("java.lang.Math.abs", "java.lang.Math.floor", "java.lang.Math.sqrt",
                "java.lang.Double.doubleToRawLongBits", "java.lang.Double.longBitsToDouble",
                "java.lang.Object.<init>");
        JavaClass detMath = new ClassFileImporter().importClass(DetMath.class);
        for (JavaCall<?> call : detMath.getCodeUnitCallsFromSelf()) {
            String owner = call.getTargetOwner().getName();
            String target = owner + "." + call.getName();
            boolean isSelf = owner.equals(DetMath.class.getName()) && !call.getName().equals("<init>");
            assertTrue(isSelf || allowed.contains(target), "DetMath must not call " + target);
        }
    }
}
