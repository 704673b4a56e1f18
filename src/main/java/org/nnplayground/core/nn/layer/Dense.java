package org.nnplayground.core.nn.layer;

import java.util.List;
import org.nnplayground.core.math.Rng;

/**
 * A fully connected layer: {@code out = f(W in + b)}, or {@code f(W in + b) + in} with a skip
 * (residual) connection, which needs as many outputs as inputs. Any input shape is taken as a flat
 * vector of its size.
 *
 * <p>{@code W} is the weight block, {@code width x fanIn} row-major: the weight from input
 * {@code from} to output {@code to} is at {@code to * fanIn + from} (see {@link ParamBlock#index}).
 * The loops here are the hot paths of training and of the grid views: the backward pass accumulates
 * the gradients and propagates dLoss/d(in) in the same pass over the weights, and skips outputs
 * whose gradient is exactly zero (a ReLU that is off); the batched forward works a tile of points
 * at a time so that the rows being summed stay in the cache.
 */
public final class Dense implements Layer {
    /** Points per tile of {@link #forwardBatch}: a tile of a layer's inputs and outputs (8 + 8 neurons) stays within the L1 cache. */
    private static final int TILE = 256;

    /**
     * A dense layer's description.
     *
     * @param width number of outputs
     * @param activation the activation applied to each output (not softmax: that belongs to the output head)
     * @param residual whether the layer adds its input to its output
     */
    public record Spec(int width, Activation activation, boolean residual) implements LayerSpec {
        public Spec {
            if (width < 1) {
                throw new IllegalArgumentException("a dense layer needs at least 1 neuron, not " + width);
            }
            if (activation == null || activation == Activation.SOFTMAX) {
                throw new IllegalArgumentException("a dense layer's activation must be one of the per-neuron ones, not "
                        + activation);
            }
        }

        @Override
        public Shape outputShape(Shape input) {
            if (residual && input.size() != width) {
                throw new IllegalArgumentException("a skip connection adds the input to the output, so it needs "
                        + input.size() + " neurons (as many as its input), not " + width);
            }
            return Shape.vector(width);
        }

        @Override
        public Dense build(Shape input, Init init, Rng rng) {
            outputShape(input);
            Dense layer = new Dense(input, this);
            init.initializeInPlace(layer.w, layer.b, layer.fanIn, width, rng);
            return layer;
        }
    }

    private final Shape input;
    private final Shape output;
    private final Activation f;
    private final boolean residual;
    private final int fanIn;
    private final int width;
    private final double[] w;
    private final double[] b;
    private final double[] gw;
    private final double[] gb;
    /** Pre-activations of the last forward. */
    private final double[] z;
    /** f(z) of the last forward when it differs from the output (residual layers only). */
    private final double[] h;
    /** dLoss/dz of the last backward. */
    private final double[] delta;
    private final ParamBlock weights;
    private final ParamBlock biases;
    private final List<ParamBlock> parameters;

    private Dense(Shape input, Spec spec) {
        this.input = input;
        this.output = Shape.vector(spec.width());
        this.f = spec.activation();
        this.residual = spec.residual();
        this.fanIn = input.size();
        this.width = spec.width();
        this.w = new double[width * fanIn];
        this.b = new double[width];
        this.gw = new double[w.length];
        this.gb = new double[width];
        this.z = new double[width];
        this.h = residual ? new double[width] : null;
        this.delta = new double[width];
        this.weights = ParamBlock.weights(w, gw, fanIn, width);
        this.biases = ParamBlock.biases(b, gb);
        this.parameters = List.of(weights, biases);
    }

    @Override
    public Shape inputShape() {
        return input;
    }

    @Override
    public Shape outputShape() {
        return output;
    }

    @Override
    public List<ParamBlock> parameters() {
        return parameters;
    }

    /** The weight block ({@code width x fanIn}), live. */
    public ParamBlock weights() {
        return weights;
    }

    /** The bias block, live. */
    public ParamBlock biases() {
        return biases;
    }

    public Activation activation() {
        return f;
    }

    /** Whether the layer adds its input to its output. */
    public boolean residual() {
        return residual;
    }

    /** Pre-activations z of the last {@link #forward}, live. */
    public double[] preActivation() {
        return z;
    }

    @Override
    public void forward(double[] in, double[] out) {
        for (int to = 0; to < width; to++) {
            double sum = b[to];
            int base = to * fanIn;
            for (int from = 0; from < fanIn; from++) {
                sum += w[base + from] * in[from];
            }
            z[to] = sum;
        }
        if (residual) {
            f.applyAll(z, h, 0, width);
            for (int i = 0; i < width; i++) {
                out[i] = h[i] + in[i];
            }
        } else {
            f.applyAll(z, out, 0, width);
        }
    }

    @Override
    public void backward(double[] in, double[] out, double[] gradOut, double[] gradIn) {
        double[] d;
        if (f == Activation.IDENTITY) {
            d = gradOut; // f' = 1, and g * 1.0 is g exactly
        } else {
            f.backpropagate(gradOut, z, residual ? h : out, delta, width);
            d = delta;
        }
        if (gradIn == null) {
            accumulate(d, in);
        } else {
            accumulateAndPropagate(d, in, gradOut, gradIn);
        }
    }

    /** Adds d in^T to the weight gradients; an output whose d is exactly zero contributes nothing and is skipped. */
    private void accumulate(double[] d, double[] in) {
        for (int to = 0; to < width; to++) {
            double dt = d[to];
            if (dt == 0.0) {
                continue;
            }
            gb[to] += dt;
            int base = to * fanIn;
            for (int from = 0; from < fanIn; from++) {
                gw[base + from] += dt * in[from];
            }
        }
    }

    /**
     * {@link #accumulate} and, in the same pass over the weights, dLoss/d(in) = W^T d (plus
     * dLoss/d(out) itself through a skip connection).
     */
    private void accumulateAndPropagate(double[] d, double[] in, double[] gradOut, double[] prev) {
        if (residual) {
            System.arraycopy(gradOut, 0, prev, 0, fanIn);
        } else {
            for (int i = 0; i < fanIn; i++) {
                prev[i] = 0.0;
            }
        }
        for (int to = 0; to < width; to++) {
            double dt = d[to];
            if (dt == 0.0) {
                continue;
            }
            gb[to] += dt;
            int base = to * fanIn;
            for (int from = 0; from < fanIn; from++) {
                gw[base + from] += dt * in[from];
                prev[from] += w[base + from] * dt;
            }
        }
    }

    /**
     * The tiled pass: for a tile of points at a time, every output of the layer, each point's sum kept
     * in a register across the inputs, in the order of {@link #forward}.
     */
    @Override
    public void forwardBatch(double[] in, double[] out, int stride, int from, int to) {
        for (int start = from; start < to; start += TILE) {
            int end = Math.min(to, start + TILE);
            for (int o = 0; o < width; o++) {
                int row = o * stride;
                double bias = b[o];
                int base = o * fanIn;
                for (int p = start; p < end; p++) {
                    double sum = bias;
                    int at = p;
                    for (int i = 0; i < fanIn; i++) {
                        sum += w[base + i] * in[at];
                        at += stride;
                    }
                    out[row + p] = sum;
                }
                f.applyAll(out, out, row + start, row + end);
            }
        }
        if (residual) {
            for (int i = 0; i < width; i++) {
                int row = i * stride;
                for (int p = from; p < to; p++) {
                    out[row + p] += in[row + p];
                }
            }
        }
    }
}
