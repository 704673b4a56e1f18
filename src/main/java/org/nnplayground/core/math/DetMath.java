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
}
