package org.nnplayground.core.nn;

/**
 * Evaluates a network on many points at once, layer by layer, keeping the output of every neuron:
 * what the output heatmap and the per-neuron thumbnails draw.
 *
 * <p>Values are stored neuron-major, {@code values(l)[neuron * points + p]}, so each neuron's map is
 * one contiguous run and the inner loops walk memory in order. For every point the arithmetic is the
 * same, in the same order, as {@link Network#forward}, so the results are bit-identical to evaluating
 * the points one by one. Buffers are allocated once for a given point capacity.
 */
public final class GridEvaluator {
    private final NetworkSpec spec;
    private final int capacity;
    private final double[][] values;
    private final double[] softmaxColumn;
    private int points;

    public GridEvaluator(NetworkSpec spec, int capacity) {
        this.spec = spec;
        this.capacity = capacity;
        int layers = spec.layerCount();
        this.values = new double[layers + 1][];
        for (int l = 0; l <= layers; l++) {
            values[l] = new double[spec.width(l) * capacity];
        }
        this.softmaxColumn = new double[spec.outputs()];
    }

    /** The shape of the networks this evaluator runs. */
    public NetworkSpec spec() {
        return spec;
    }

    /** How many points fit. */
    public int capacity() {
        return capacity;
    }

    /**
     * The input buffer, neuron-major ({@code inputs()[input * capacity + p]}, note: rows of
     * {@link #capacity()}); fill it, then call {@link #evaluate}.
     */
    public double[] inputs() {
        return values[0];
    }

    /** Runs the first {@code n} points of {@link #inputs()} through {@code network} (same spec). */
    public void evaluate(Network network, int n) {
        evaluatePart(network, n, 0, n);
    }

    /**
     * Of the first {@code n} points, runs only those in [from, to) through {@code network}; the
     * others keep the values of an earlier evaluation. {@link #points()} becomes n. For spreading
     * one grid over several calls.
     */
    public void evaluatePart(Network network, int n, int from, int to) {
        if (n < 0 || n > capacity) {
            throw new IllegalArgumentException("points: " + n + "; this evaluator holds 0 to " + capacity);
        }
        if (from < 0 || to > n || from > to) {
            throw new IllegalArgumentException("points " + from + " to " + to + " are not within the first " + n);
        }
        points = n;
        for (int l = 1; l <= spec.layerCount(); l++) {
            evaluateLayer(network, l, from, to);
        }
    }

    /** Points per tile: a tile of one layer's inputs and outputs (8 + 8 neurons) stays within the L1 cache. */
    private static final int TILE = 256;

    /**
     * Layer l for points [first, n), a tile of points at a time: every neuron of the layer is done
     * for one tile before the next, so that the rows being summed are still in the cache.
     */
    private void evaluateLayer(Network network, int l, int first, int n) {
        double[] in = values[l - 1];
        double[] out = values[l];
        double[] w = network.weights(l);
        double[] b = network.biases(l);
        int fanIn = spec.width(l - 1);
        int width = spec.width(l);
        Activation f = spec.activation(l);
        for (int start = first; start < n; start += TILE) {
            int end = Math.min(n, start + TILE);
            for (int to = 0; to < width; to++) {
                int row = to * capacity;
                double bias = b[to];
                int base = to * fanIn;
                // Each point's sum is kept in a register across the inputs (one store per point);
                // the order of the additions is the one of Network.forward.
                for (int p = start; p < end; p++) {
                    double sum = bias;
                    int at = p;
                    for (int from = 0; from < fanIn; from++) {
                        sum += w[base + from] * in[at];
                        at += capacity;
                    }
                    out[row + p] = sum;
                }
                if (f != Activation.SOFTMAX) {
                    f.applyAll(out, out, row + start, row + end);
                }
            }
        }
        if (f == Activation.SOFTMAX) {
            softmaxColumns(out, width, first, n);
        }
        if (spec.residual(l)) {
            for (int i = 0; i < width; i++) {
                int row = i * capacity;
                for (int p = first; p < n; p++) {
                    out[row + p] += in[row + p];
                }
            }
        }
    }

    private void softmaxColumns(double[] out, int width, int first, int n) {
        double[] z = softmaxColumn;
        for (int p = first; p < n; p++) {
            for (int i = 0; i < width; i++) {
                z[i] = out[i * capacity + p];
            }
            Softmax.applyInPlace(z, z, width);
            for (int i = 0; i < width; i++) {
                out[i * capacity + p] = z[i];
            }
        }
    }

    /** Points evaluated by the last {@link #evaluate}. */
    public int points() {
        return points;
    }

    /** Neuron-major values of layer {@code l} (0 = inputs), rows of {@link #capacity()}; live. */
    public double[] values(int l) {
        return values[l];
    }

    /** Output of neuron {@code neuron} of layer {@code l} at point {@code p}. */
    public double value(int l, int neuron, int p) {
        return values[l][neuron * capacity + p];
    }
}
