package org.nnplayground.core.math;

/**
 * Deterministic transcendental functions built from +, -, *, / and bit operations only, so that the
 * JVM, the TeaVM JavaScript build and the WebAssembly GC build return the same bits.
 * (Math.sqrt, Math.abs and Math.floor are exact in IEEE 754 and may be used freely.)
 */
public final class DetMath {
    private DetMath() {
    }

    // TEMPORARY: delegates to Math until the deterministic versions land.
    public static double exp(double x) { return Math.exp(x); }
    public static double log(double x) { return Math.log(x); }
    public static double tanh(double x) { return Math.tanh(x); }
    public static double sin(double x) { return Math.sin(x); }
    public static double cos(double x) { return Math.cos(x); }
    public static double expm1(double x) { return Math.expm1(x); }
    public static double log1p(double x) { return Math.log1p(x); }
    public static double sigmoid(double x) { return 1 / (1 + Math.exp(-x)); }
    public static double softplus(double x) { return x > 30 ? x : Math.log1p(Math.exp(x)); }
    public static double pow(double b, int n) { return Math.pow(b, n); }
}
