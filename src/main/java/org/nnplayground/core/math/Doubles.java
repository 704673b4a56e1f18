package org.nnplayground.core.math;

/**
 * Names for the two tests on a double that the code makes everywhere: is it NaN, is it finite.
 *
 * <p>They are written as comparisons ({@code v != v}, {@code v - v == 0.0}) rather than through
 * {@link Double#isNaN} and {@link Double#isFinite}: these are plain operators in every build (no
 * call into TeaVM's class library, no bit conversion), and they give the same answer on the JVM, in
 * JavaScript and in WebAssembly. The methods are static and tiny so that the JIT and TeaVM's
 * optimizer inline them; the per-weight loops of the network and the grid pass still write the
 * comparison out.
 */
public final class Doubles {
    private Doubles() {
    }

    /** Whether {@code v} is NaN: the only double that is not equal to itself. */
    public static boolean isNaN(double v) {
        return v != v;
    }

    /**
     * Whether {@code v} is a finite number, neither NaN nor an infinity: {@code v - v} is 0 for every
     * finite value and NaN for the others.
     */
    public static boolean isFinite(double v) {
        return v - v == 0.0;
    }
}
