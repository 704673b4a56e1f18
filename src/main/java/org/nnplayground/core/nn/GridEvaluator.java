package org.nnplayground.core.nn;

/**
 * Evaluates a network on many points at once, layer by layer, keeping the output of every neuron:
 * what the output heatmap and the per-neuron thumbnails draw.
 *
 * <p>Values are stored neuron-major, {@code values(l)[neuron * capacity + p]}, so each neuron's map is
 * one contiguous run and the inner loops walk memory in order. Each layer runs its batched forward
 * pass ({@link org.nnplayground.core.nn.layer.Layer#forwardBatch}) and the output head its batched
 * activation, which give every point the same bits as {@link Network#forward}. Buffers are allocated
 * once for a given point capacity.
 */
public final class GridEvaluator {
    private final NetworkSpec spec;
    private final int capacity;
    private final double[][] values;
    private final double[] softmaxColumn;
    private int points;

    /** An evaluator for networks of {@code spec}'s shape, for up to {@code capacity} points. */
    public GridEvaluator(NetworkSpec spec, int capacity) {
        this(spec, widths(spec), capacity);
    }

    /** An evaluator for networks of {@code network}'s shape (built from any layers), for up to {@code capacity} points. */
    public GridEvaluator(Network network, int capacity) {
        this(network.spec(), widths(network), capacity);
    }

    private GridEvaluator(NetworkSpec spec, int[] widths, int capacity) {
        this.spec = spec;
        this.capacity = capacity;
        this.values = new double[widths.length][];
        for (int l = 0; l < widths.length; l++) {
            values[l] = new double[widths[l] * capacity];
        }
        this.softmaxColumn = new double[widths[widths.length - 1]];
    }

    private static int[] widths(NetworkSpec spec) {
        int[] w = new int[spec.layerCount() + 1];
        for (int l = 0; l < w.length; l++) {
            w[l] = spec.width(l);
        }
        return w;
    }

    private static int[] widths(Network network) {
        int[] w = new int[network.layerCount() + 1];
        for (int l = 0; l < w.length; l++) {
            w[l] = network.width(l);
        }
        return w;
    }

    /** The shape of the networks this evaluator runs (null when made for a network built from layer specs). */
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

    /** Runs the first {@code n} points of {@link #inputs()} through {@code network} (same shape). */
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
        int top = values.length - 1;
        if (network.layerCount() != top) {
            throw new IllegalArgumentException("this evaluator is for networks of " + top + " layers, not "
                    + network.layerCount());
        }
        points = n;
        for (int l = 1; l <= top; l++) {
            network.layer(l).forwardBatch(values[l - 1], values[l], capacity, from, to);
        }
        OutputHead.activateBatch(network.outputActivation(), values[top], network.width(top), capacity, from, to,
                softmaxColumn);
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
