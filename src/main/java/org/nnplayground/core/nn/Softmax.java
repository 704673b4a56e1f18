package org.nnplayground.core.nn;

import org.nnplayground.core.math.DetMath;

/**
 * Softmax over a whole layer, or over each group of values of a layer (each step of a sequence),
 * forward and backward, without allocation.
 */
final class Softmax {
    private Softmax() {
    }

    /** p = softmax(z) over the first n entries; shifted by max(z) so that exp never overflows. */
    static void applyInPlace(double[] z, double[] p, int n) {
        applyInPlace(z, p, 0, n);
    }

    /** p = softmax(z) over the n entries from {@code from}, as {@link #applyInPlace(double[], double[], int)}. */
    static void applyInPlace(double[] z, double[] p, int from, int n) {
        int end = from + n;
        double max = z[from];
        for (int i = from + 1; i < end; i++) {
            max = Math.max(max, z[i]);
        }
        double sum = 0.0;
        for (int i = from; i < end; i++) {
            double e = DetMath.exp(z[i] - max);
            p[i] = e;
            sum += e;
        }
        for (int i = from; i < end; i++) {
            p[i] /= sum;
        }
    }

    /** dL/dz_i = p_i (g_i - sum_j g_j p_j), the Jacobian of softmax applied to g = dL/dp. */
    static void backward(double[] p, double[] g, double[] out, int n) {
        backward(p, g, out, 0, n);
    }

    /** {@link #backward(double[], double[], double[], int)} over the n entries from {@code from}. */
    static void backward(double[] p, double[] g, double[] out, int from, int n) {
        int end = from + n;
        double dot = 0.0;
        for (int i = from; i < end; i++) {
            dot += g[i] * p[i];
        }
        for (int i = from; i < end; i++) {
            out[i] = p[i] * (g[i] - dot);
        }
    }
}
