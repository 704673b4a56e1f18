package org.nnplayground.core.nn.layer;

import org.nnplayground.core.math.DetMath;

/**
 * The recurrent cells' equations written out plainly, step by step, from the parameters read entry
 * by entry through the layers' blocks: an oracle for the layers' forward passes, and the forward
 * pass of the truncated graph, in which the state entering each chunk of {@code k} steps (counted
 * back from the last step) is held at the value of a given earlier run.
 */
final class RecurrentReference {
    /** The hidden states (and for LSTM the cell states) of one run, steps x hidden. */
    static final class States {
        final double[] h;
        final double[] c;

        States(int size) {
            h = new double[size];
            c = new double[size];
        }
    }

    private RecurrentReference() {
    }

    /** Whether the state entering step t comes from {@code frozen} rather than from step t - 1. */
    static boolean cut(int t, int steps, int k) {
        return k > 0 && t > 0 && (steps - t) % k == 0;
    }

    /**
     * Runs {@code layer}'s cell over the sequence {@code x}; where {@link #cut} says so, the state
     * entering a step is taken from {@code frozen} (null: never).
     */
    static States run(Recurrent layer, double[] x, States frozen, int k) {
        int steps = layer.steps();
        int hidden = layer.hiddenSize();
        int features = layer.inputShape().dim(1);
        States s = new States(steps * hidden);
        double[] hp = new double[hidden];
        double[] cp = new double[hidden];
        for (int t = 0; t < steps; t++) {
            for (int j = 0; j < hidden; j++) {
                if (t == 0) {
                    hp[j] = 0.0;
                    cp[j] = 0.0;
                } else {
                    States from = frozen != null && cut(t, steps, k) ? frozen : s;
                    hp[j] = from.h[(t - 1) * hidden + j];
                    cp[j] = from.c[(t - 1) * hidden + j];
                }
            }
            for (int j = 0; j < hidden; j++) {
                int at = t * hidden + j;
                if (layer instanceof Elman) {
                    s.h[at] = ((Elman) layer).activation().apply(pre(layer, x, t, features, j, hp));
                } else if (layer instanceof Gru) {
                    double u = DetMath.sigmoid(pre(layer, x, t, features, j, hp));
                    double[] rh = new double[hidden];
                    for (int m = 0; m < hidden; m++) {
                        rh[m] = DetMath.sigmoid(pre(layer, x, t, features, hidden + m, hp)) * hp[m];
                    }
                    double n = DetMath.tanh(pre(layer, x, t, features, 2 * hidden + j, rh));
                    s.h[at] = (1 - u) * hp[j] + u * n;
                } else {
                    double i = DetMath.sigmoid(pre(layer, x, t, features, j, hp));
                    double f = DetMath.sigmoid(pre(layer, x, t, features, hidden + j, hp));
                    double g = DetMath.tanh(pre(layer, x, t, features, 2 * hidden + j, hp));
                    double o = DetMath.sigmoid(pre(layer, x, t, features, 3 * hidden + j, hp));
                    s.c[at] = f * cp[j] + i * g;
                    s.h[at] = o * DetMath.tanh(s.c[at]);
                }
            }
        }
        return s;
    }

    /** b_r + Wx_r x_t + Wh_r state, read entry by entry. */
    private static double pre(Recurrent layer, double[] x, int t, int features, int row, double[] state) {
        double sum = layer.biases().get(row, 0);
        for (int i = 0; i < features; i++) {
            sum += layer.inputWeights().get(row, i) * x[t * features + i];
        }
        for (int m = 0; m < state.length; m++) {
            sum += layer.recurrentWeights().get(row, m) * state[m];
        }
        return sum;
    }
}
