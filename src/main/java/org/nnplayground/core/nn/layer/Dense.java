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
    /** Whether f is the identity: kept as a flag so that backward reads no static field per sample. */
    private final boolean identity;
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
    /** The outputs whose dLoss/dz is not zero, in order, during a backward pass. */
    private final int[] live;
    private final ParamBlock weights;
    private final ParamBlock biases;
    private final List<ParamBlock> parameters;

    private Dense(Shape input, Spec spec) {
        this.input = input;
        this.output = Shape.vector(spec.width());
        this.f = spec.activation();
        this.identity = f == Activation.IDENTITY;
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
        this.live = new int[width];
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

    /**
     * Four outputs at a time, each with its own sum over the inputs in input order (as a single output
     * would be summed, so the bits are the same): the four sums are independent, so they do not wait
     * for each other's additions, and each input is read once for the four.
     */
    @Override
    public void forward(double[] in, double[] out) {
        double[] w = this.w;
        double[] b = this.b;
        double[] z = this.z;
        int fanIn = this.fanIn;
        int width = this.width;
        int to = 0;
        for (; to + 4 <= width; to += 4) {
            int r0 = to * fanIn;
            int r1 = r0 + fanIn;
            int r2 = r1 + fanIn;
            int r3 = r2 + fanIn;
            double s0 = b[to];
            double s1 = b[to + 1];
            double s2 = b[to + 2];
            double s3 = b[to + 3];
            for (int from = 0; from < fanIn; from++) {
                double x = in[from];
                s0 += w[r0 + from] * x;
                s1 += w[r1 + from] * x;
                s2 += w[r2 + from] * x;
                s3 += w[r3 + from] * x;
            }
            z[to] = s0;
            z[to + 1] = s1;
            z[to + 2] = s2;
            z[to + 3] = s3;
        }
        for (; to < width; to++) {
            double sum = b[to];
            int base = to * fanIn;
            for (int from = 0; from < fanIn; from++) {
                sum += w[base + from] * in[from];
            }
            z[to] = sum;
        }
        if (residual) {
            double[] h = this.h;
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
        if (identity) {
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

    /**
     * The outputs whose d is not exactly zero, in order, into {@link #live}; their number. An output
     * whose d is zero (a ReLU that is off) contributes nothing to any gradient and is skipped.
     */
    private int liveOutputs(double[] d) {
        int[] live = this.live;
        int n = 0;
        for (int to = 0; to < width; to++) {
            if (d[to] != 0.0) {
                live[n++] = to;
            }
        }
        return n;
    }

    /**
     * Adds d in^T to the weight gradients and d to the bias gradients, over the outputs whose d is not
     * zero, two rows at a time (each gradient gets exactly the one product it would get alone).
     */
    private void accumulate(double[] d, double[] in) {
        double[] gw = this.gw;
        double[] gb = this.gb;
        int[] live = this.live;
        int fanIn = this.fanIn;
        int n = liveOutputs(d);
        int k = 0;
        for (; k + 2 <= n; k += 2) {
            int t0 = live[k];
            int t1 = live[k + 1];
            double d0 = d[t0];
            double d1 = d[t1];
            gb[t0] += d0;
            gb[t1] += d1;
            int r0 = t0 * fanIn;
            int r1 = t1 * fanIn;
            for (int from = 0; from < fanIn; from++) {
                double x = in[from];
                gw[r0 + from] += d0 * x;
                gw[r1 + from] += d1 * x;
            }
        }
        if (k < n) {
            int t0 = live[k];
            double d0 = d[t0];
            gb[t0] += d0;
            int r0 = t0 * fanIn;
            for (int from = 0; from < fanIn; from++) {
                gw[r0 + from] += d0 * in[from];
            }
        }
    }

    /**
     * {@link #accumulate} and, in the same pass over the weights, dLoss/d(in) = W^T d (plus
     * dLoss/d(out) itself through a skip connection). Up to four rows share one pass over the inputs;
     * each dLoss/d(in) value still adds the rows' products one after the other in row order, as a
     * row-by-row pass would.
     */
    private void accumulateAndPropagate(double[] d, double[] in, double[] gradOut, double[] prev) {
        double[] w = this.w;
        double[] gw = this.gw;
        double[] gb = this.gb;
        int[] live = this.live;
        int fanIn = this.fanIn;
        if (residual) {
            System.arraycopy(gradOut, 0, prev, 0, fanIn);
        } else {
            for (int i = 0; i < fanIn; i++) {
                prev[i] = 0.0;
            }
        }
        if (width < 4) {
            propagateRowByRow(d, in, prev); // no block of four to gather: skip the gathering pass
            return;
        }
        int n = liveOutputs(d);
        int k = 0;
        for (; k + 4 <= n; k += 4) {
            int t0 = live[k];
            int t1 = live[k + 1];
            int t2 = live[k + 2];
            int t3 = live[k + 3];
            double d0 = d[t0];
            double d1 = d[t1];
            double d2 = d[t2];
            double d3 = d[t3];
            gb[t0] += d0;
            gb[t1] += d1;
            gb[t2] += d2;
            gb[t3] += d3;
            int r0 = t0 * fanIn;
            int r1 = t1 * fanIn;
            int r2 = t2 * fanIn;
            int r3 = t3 * fanIn;
            for (int from = 0; from < fanIn; from++) {
                double x = in[from];
                gw[r0 + from] += d0 * x;
                gw[r1 + from] += d1 * x;
                gw[r2 + from] += d2 * x;
                gw[r3 + from] += d3 * x;
                double p = prev[from];
                p += w[r0 + from] * d0;
                p += w[r1 + from] * d1;
                p += w[r2 + from] * d2;
                p += w[r3 + from] * d3;
                prev[from] = p;
            }
        }
        for (; k < n; k++) {
            int t0 = live[k];
            double d0 = d[t0];
            gb[t0] += d0;
            int r0 = t0 * fanIn;
            for (int from = 0; from < fanIn; from++) {
                gw[r0 + from] += d0 * in[from];
                prev[from] += w[r0 + from] * d0;
            }
        }
    }

    /** The row-by-row form of {@link #accumulateAndPropagate}'s loop, for layers of fewer than four outputs. */
    private void propagateRowByRow(double[] d, double[] in, double[] prev) {
        double[] w = this.w;
        double[] gw = this.gw;
        double[] gb = this.gb;
        int fanIn = this.fanIn;
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
