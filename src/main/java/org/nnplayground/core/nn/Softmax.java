package org.nnplayground.core.nn;

import org.nnplayground.core.math.DetMath;

/** Softmax over a whole layer, forward and backward, without allocation. */
final class Softmax {
    private Softmax() {
    }

    /** p = softmax(z) over the first n entries; shifted by max(z) so that exp never overflows. */
    static void applyInPlace(double[] z, double[] p, int n) {
        double max = z[0];
        for (int i = 1; i < n; i++) {
            max = Math.max(max, z[i]);
        }
        double sum = 0.0;
        for (int i = 0; i < n; i++) {
            double e = DetMath.exp(z[i] - max);
            p[i] = e;
            sum += e;
        }
        for (int i = 0; i < n; i++) {
            p[i] /= sum;
        }
    }

    /** dL/dz_i = p_i (g_i - sum_j g_j p_j), the Jacobian of softmax applied to g = dL/dp. */
    static void backward(double[] p, double[] g, double[] out, int n) {
        double dot = 0.0;
        for (int i = 0; i < n; i++) {
            dot += g[i] * p[i];
        }
        for (int i = 0; i < n; i++) {
            out[i] = p[i] * (g[i] - dot);
        }
    }
}
