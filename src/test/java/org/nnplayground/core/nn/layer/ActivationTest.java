package org.nnplayground.core.nn.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nnplayground.core.math.Rng;

/** The batch forms of the activations give the very bits of the per-element definitions. */
class ActivationTest {
    private static final int N = 4_000;

    private static double[] samples(long seed) {
        Rng rng = new Rng(seed);
        double[] z = new double[N];
        for (int i = 0; i < N; i++) {
            // Mostly moderate values, some large, and exact zeros (the ReLU kink).
            z[i] = i % 97 == 0 ? 0.0 : (i % 13 == 0 ? rng.uniform(-40, 40) : rng.uniform(-4, 4));
        }
        return z;
    }

    @Test
    void applyAllMatchesApplyOnEveryElementOfTheRange() {
        double[] z = samples(11);
        for (Activation f : Activation.values()) {
            if (f == Activation.SOFTMAX) {
                continue;
            }
            double[] y = new double[N];
            y[0] = 42.0;
            y[N - 1] = -42.0;
            f.applyAll(z, y, 1, N - 1);
            assertEquals(42.0, y[0], f.id() + ": before the range");
            assertEquals(-42.0, y[N - 1], f.id() + ": after the range");
            for (int i = 1; i < N - 1; i++) {
                assertEquals(Double.doubleToRawLongBits(f.apply(z[i])), Double.doubleToRawLongBits(y[i]),
                        f.id() + " at z = " + z[i]);
            }
        }
    }

    @Test
    void applyAllWorksInPlace() {
        for (Activation f : Activation.values()) {
            if (f == Activation.SOFTMAX) {
                continue;
            }
            double[] z = samples(12);
            double[] expected = new double[N];
            for (int i = 0; i < N; i++) {
                expected[i] = f.apply(z[i]);
            }
            f.applyAll(z, z, 0, N);
            for (int i = 0; i < N; i++) {
                assertEquals(Double.doubleToRawLongBits(expected[i]), Double.doubleToRawLongBits(z[i]), f.id());
            }
        }
    }

    @Test
    void backpropagateMatchesTheDerivativeTimesTheIncomingGradient() {
        double[] z = samples(13);
        double[] g = samples(14);
        for (Activation f : Activation.values()) {
            if (f == Activation.SOFTMAX) {
                continue;
            }
            double[] y = new double[N];
            for (int i = 0; i < N; i++) {
                y[i] = f.apply(z[i]);
            }
            double[] d = new double[N];
            f.backpropagate(g, z, y, d, N);
            for (int i = 0; i < N; i++) {
                double expected = g[i] * f.derivative(z[i], y[i]);
                assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(d[i]),
                        f.id() + " at z = " + z[i]);
            }
        }
    }
}
