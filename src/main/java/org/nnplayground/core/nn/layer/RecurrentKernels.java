package org.nnplayground.core.nn.layer;

/**
 * The matrix products of a {@link Recurrent} layer's stacked gate rows: the pre-activations of a
 * step, and, backwards, the gradients of the biases and of both weight matrices and the gradients
 * into the step's input and into the previous state. Each works several rows side by side for
 * speed, yet adds every sum in the order of a plain row-by-row loop, so the bits are that loop's.
 * The cells ({@link Elman}, {@link Gru}, {@link Lstm}) call them through {@link Recurrent}'s
 * protected methods of the same names.
 */
final class RecurrentKernels {
    private RecurrentKernels() {
    }

    /**
     * a[r] = b[r] + Wx[r] x_t + Wh[r] s for the stacked rows r in [from, to), where s is
     * {@code state[at .. at + hidden)}, the recurrent input; {@code state} null stands for a zero
     * state (the first step), whose term is left out. Four rows at a time, each summed in the order
     * of one row alone (bias, input terms, state terms), so the four sums run side by side and the
     * bits are those of a row-by-row pass.
     */
    static void preActivations(Recurrent layer, double[] in, int t, double[] a, int from, int to, double[] state, int at) {
        double[] wx = layer.wx;
        double[] wh = layer.wh;
        double[] b = layer.b;
        int features = layer.features;
        int hidden = layer.hidden;
        int xAt = t * features;
        int r = from;
        for (; r + 4 <= to; r += 4) {
            double s0 = b[r];
            double s1 = b[r + 1];
            double s2 = b[r + 2];
            double s3 = b[r + 3];
            int x0 = r * features;
            int x1 = x0 + features;
            int x2 = x1 + features;
            int x3 = x2 + features;
            for (int i = 0; i < features; i++) {
                double x = in[xAt + i];
                s0 += wx[x0 + i] * x;
                s1 += wx[x1 + i] * x;
                s2 += wx[x2 + i] * x;
                s3 += wx[x3 + i] * x;
            }
            if (state != null) {
                int h0 = r * hidden;
                int h1 = h0 + hidden;
                int h2 = h1 + hidden;
                int h3 = h2 + hidden;
                for (int k = 0; k < hidden; k++) {
                    double v = state[at + k];
                    s0 += wh[h0 + k] * v;
                    s1 += wh[h1 + k] * v;
                    s2 += wh[h2 + k] * v;
                    s3 += wh[h3 + k] * v;
                }
            }
            a[r] = s0;
            a[r + 1] = s1;
            a[r + 2] = s2;
            a[r + 3] = s3;
        }
        for (; r < to; r++) {
            double sum = b[r];
            int base = r * features;
            for (int i = 0; i < features; i++) {
                sum += wx[base + i] * in[xAt + i];
            }
            if (state != null) {
                int hb = r * hidden;
                for (int k = 0; k < hidden; k++) {
                    sum += wh[hb + k] * state[at + k];
                }
            }
            a[r] = sum;
        }
    }

    /**
     * For the stacked row gradients {@code da} of step t: adds them to the biases and to the input
     * weights, and writes dLoss/dx_t into {@code gradIn} unless it is null. Four rows share a pass
     * over the inputs; each dLoss/dx value adds the rows' products one after the other in row order,
     * as a row-by-row pass would.
     */
    static void inputGradients(Recurrent layer, double[] in, int t, double[] da, double[] gradIn) {
        double[] wx = layer.wx;
        double[] gwx = layer.gwx;
        double[] gb = layer.gb;
        int features = layer.features;
        int rows = layer.rows;
        int xAt = t * features;
        if (gradIn != null) {
            for (int i = 0; i < features; i++) {
                gradIn[xAt + i] = 0.0;
            }
        }
        int r = 0;
        if (gradIn != null) {
            for (; r + 4 <= rows; r += 4) {
                double d0 = da[r];
                double d1 = da[r + 1];
                double d2 = da[r + 2];
                double d3 = da[r + 3];
                gb[r] += d0;
                gb[r + 1] += d1;
                gb[r + 2] += d2;
                gb[r + 3] += d3;
                int x0 = r * features;
                int x1 = x0 + features;
                int x2 = x1 + features;
                int x3 = x2 + features;
                for (int i = 0; i < features; i++) {
                    double x = in[xAt + i];
                    gwx[x0 + i] += d0 * x;
                    gwx[x1 + i] += d1 * x;
                    gwx[x2 + i] += d2 * x;
                    gwx[x3 + i] += d3 * x;
                    double g = gradIn[xAt + i];
                    g += wx[x0 + i] * d0;
                    g += wx[x1 + i] * d1;
                    g += wx[x2 + i] * d2;
                    g += wx[x3 + i] * d3;
                    gradIn[xAt + i] = g;
                }
            }
        }
        for (; r < rows; r++) {
            double d = da[r];
            gb[r] += d;
            int base = r * features;
            for (int i = 0; i < features; i++) {
                gwx[base + i] += d * in[xAt + i];
            }
            if (gradIn != null) {
                for (int i = 0; i < features; i++) {
                    gradIn[xAt + i] += wx[base + i] * d;
                }
            }
        }
    }

    /**
     * For the row gradients {@code da[from .. to)} of step t whose recurrent input was
     * {@code state[at .. at + hidden)}: adds {@code da * state^T} to those rows of the recurrent
     * weights, two rows per pass over the state.
     */
    static void recurrentWeightGradients(Recurrent layer, double[] da, int from, int to, double[] state, int at) {
        double[] gwh = layer.gwh;
        int hidden = layer.hidden;
        int r = from;
        for (; r + 2 <= to; r += 2) {
            double d0 = da[r];
            double d1 = da[r + 1];
            int b0 = r * hidden;
            int b1 = b0 + hidden;
            for (int k = 0; k < hidden; k++) {
                double v = state[at + k];
                gwh[b0 + k] += d0 * v;
                gwh[b1 + k] += d1 * v;
            }
        }
        for (; r < to; r++) {
            double d = da[r];
            int base = r * hidden;
            for (int k = 0; k < hidden; k++) {
                gwh[base + k] += d * state[at + k];
            }
        }
    }

    /**
     * Adds Wh[from .. to)^T da[from .. to) to {@code g[0 .. hidden)}: the gradient into the previous
     * state. Four rows per pass over {@code g}, each value adding their products in row order.
     */
    static void addRecurrentBackward(Recurrent layer, double[] da, int from, int to, double[] g) {
        double[] wh = layer.wh;
        int hidden = layer.hidden;
        int r = from;
        for (; r + 4 <= to; r += 4) {
            double d0 = da[r];
            double d1 = da[r + 1];
            double d2 = da[r + 2];
            double d3 = da[r + 3];
            int b0 = r * hidden;
            int b1 = b0 + hidden;
            int b2 = b1 + hidden;
            int b3 = b2 + hidden;
            for (int k = 0; k < hidden; k++) {
                double v = g[k];
                v += wh[b0 + k] * d0;
                v += wh[b1 + k] * d1;
                v += wh[b2 + k] * d2;
                v += wh[b3 + k] * d3;
                g[k] = v;
            }
        }
        for (; r < to; r++) {
            double d = da[r];
            int base = r * hidden;
            for (int k = 0; k < hidden; k++) {
                g[k] += wh[base + k] * d;
            }
        }
    }
}
