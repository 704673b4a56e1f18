package org.nnplayground.core.nn.layer;

import java.util.List;

/**
 * One layer of a network: it maps an input of {@link #inputShape()} to an output of
 * {@link #outputShape()}, runs forward and backward one sample at a time, and owns its parameters as
 * {@link ParamBlock}s. Everything outside a layer (optimizers, the penalty, the fingerprint, the
 * link, the views) walks those blocks; only the layer knows how its values are laid out.
 *
 * <p>A layer keeps what {@link #backward} needs from the last {@link #forward} in its own buffers,
 * allocated once when it is built; neither call allocates. The network owns the arrays between the
 * layers and passes them in: {@code out} of one layer is {@code in} of the next. Not thread-safe.
 */
public interface Layer {
    /** The shape of one sample's input. */
    Shape inputShape();

    /** The shape of one sample's output. */
    Shape outputShape();

    /** The parameter blocks in a fixed order (for a dense layer: weights, then biases); may be empty. */
    List<ParamBlock> parameters();

    /** Computes the output for {@code in} (both flat, of the shapes' sizes) into {@code out}. */
    void forward(double[] in, double[] out);

    /**
     * Backpropagates the sample last run {@link #forward}: {@code in} and {@code out} are the arrays of
     * that call, unchanged, and {@code gradOut} is dLoss/d(out). Adds this sample's gradient to the
     * accumulated gradients of {@link #parameters()} and, unless {@code gradIn} is null (the first
     * layer), writes dLoss/d(in) into it.
     */
    void backward(double[] in, double[] out, double[] gradOut, double[] gradIn);

    /**
     * Multiply-adds of one sample's {@link #forward}, roughly: what the page weighs to decide how much
     * work fits in a frame. This default assumes every output reads every input; a layer whose work
     * differs (a convolution, a recurrence over steps) says its own.
     */
    default long forwardCost() {
        return (long) outputShape().size() * (inputShape().size() + 1);
    }

    /**
     * {@link #forward} for the points [from, to) of a batch stored value-major: value {@code i} of
     * point {@code p} is at {@code i * stride + p}, in {@code in} and in {@code out}. Every point's
     * result is bit for bit the one {@link #forward} gives it. This default runs the points one by
     * one; a layer may override it with a faster pass in the same arithmetic order.
     */
    default void forwardBatch(double[] in, double[] out, int stride, int from, int to) {
        int inputs = inputShape().size();
        int outputs = outputShape().size();
        double[] x = new double[inputs];
        double[] y = new double[outputs];
        for (int p = from; p < to; p++) {
            for (int i = 0; i < inputs; i++) {
                x[i] = in[i * stride + p];
            }
            forward(x, y);
            for (int i = 0; i < outputs; i++) {
                out[i * stride + p] = y[i];
            }
        }
    }
}
