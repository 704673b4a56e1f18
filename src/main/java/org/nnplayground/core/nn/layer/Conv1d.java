package org.nnplayground.core.nn.layer;

import java.util.List;
import org.nnplayground.core.limits.Limits;
import org.nnplayground.core.math.Rng;

/**
 * A 1-D convolution over sequences: {@code filters} kernels of {@code kernel} consecutive steps, each
 * spanning all features of a step, slide along time at a stride of 1 or 2; each gives one output
 * feature, {@code out[t, f] = act(b[f] + sum over j, c of w[f, j, c] * in[t + j, c])}.
 *
 * <p>Sequences are {@code steps x features}, row-major, the feature varying fastest: feature c of
 * step t is at {@code t * features + c}, in the input and in the output alike (the output has
 * {@code filters} features per step). This is the layout of a recurrent layer's inputs, so that the
 * sequence problems feed either.
 *
 * <p>The filter block is {@code filters x (kernel * features)} row-major, one row per filter, and
 * within a row tap by tap (the oldest step first), each tap all features: weight (f, j, c) is entry
 * {@code to = f}, {@code from = j * features + c} (see {@link #weightIndex}). A view draws a filter
 * as a small {@code kernel x features} image, time downwards. The filters are regularized; the bias
 * block (one per filter) is not. Neither forward nor backward allocates.
 */
public final class Conv1d implements Layer {
    /**
     * A 1-D convolution's description.
     *
     * @param filters number of filters (output features), 1 to {@link Limits#MAX_FILTERS}
     * @param kernel steps the kernel spans, 1 to {@link Limits#MAX_KERNEL}
     * @param stride 1 or 2
     * @param padding how the ends of the sequence are treated
     * @param activation applied to every output (not softmax)
     */
    public record Spec(int filters, int kernel, int stride, Padding padding, Activation activation) implements LayerSpec {
        public Spec {
            Limits.requireWithin(Limits.FILTERS, filters, 1, Limits.MAX_FILTERS);
            Limits.requireWithin(Limits.KERNEL, kernel, 1, Limits.MAX_KERNEL);
            if (stride != 1 && stride != 2) {
                throw new IllegalArgumentException("a convolution's stride is 1 or 2, not " + stride);
            }
            if (padding == null) {
                throw new IllegalArgumentException("a convolution needs a padding: same or valid");
            }
            if (activation == null || !activation.allowedInHiddenLayer()) {
                throw new IllegalArgumentException("a convolution's activation must be one of the per-neuron ones, not "
                        + activation);
            }
        }

        @Override
        public Shape outputShape(Shape input) {
            ImageShapes.requireSequence(input, "a 1-D convolution");
            String why = padding.misfit("sequence length", input.dim(0), kernel, stride);
            if (why != null) {
                throw new IllegalArgumentException("1-D convolution: " + why + ".");
            }
            return Shape.of(padding.outputExtent(input.dim(0), kernel, stride), filters);
        }

        @Override
        public Conv1d build(Shape input, Init init, Rng rng) {
            Conv1d layer = new Conv1d(input, outputShape(input), this);
            init.initializeInPlace(layer.w, layer.b, layer.fanIn, filters * kernel, rng);
            return layer;
        }
    }

    private final Shape input;
    private final Shape output;
    private final Activation f;
    private final int steps;
    private final int features;
    private final int filters;
    private final int kernel;
    private final int stride;
    private final int outSteps;
    private final int padBefore;
    /** Weights per filter: kernel * features. */
    private final int fanIn;
    private final double[] w;
    private final double[] b;
    private final double[] gw;
    private final double[] gb;
    private final double[] z;
    private final double[] delta;
    private final ParamBlock weights;
    private final ParamBlock biases;
    private final List<ParamBlock> parameters;

    private Conv1d(Shape input, Shape output, Spec spec) {
        this.input = input;
        this.output = output;
        this.f = spec.activation();
        this.steps = input.dim(0);
        this.features = input.dim(1);
        this.filters = spec.filters();
        this.kernel = spec.kernel();
        this.stride = spec.stride();
        this.outSteps = output.dim(0);
        this.padBefore = spec.padding().before(steps, kernel, stride);
        this.fanIn = kernel * features;
        this.w = new double[filters * fanIn];
        this.b = new double[filters];
        this.gw = new double[w.length];
        this.gb = new double[filters];
        this.z = new double[output.size()];
        this.delta = new double[output.size()];
        this.weights = ParamBlock.weights(w, gw, fanIn, filters);
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

    /**
     * Multiply-adds of one forward pass, counted exactly: each filter's weights times the taps of its
     * window that lie inside the sequence, plus one bias per output.
     */
    @Override
    public long forwardCost() {
        long taps = 0;
        for (int t = 0; t < outSteps; t++) {
            int t0 = t * stride - padBefore;
            taps += Math.min(kernel, steps - t0) - (t0 < 0 ? -t0 : 0);
        }
        return (long) filters * features * taps + output.size();
    }

    /** The filter block, then the bias block. */
    @Override
    public List<ParamBlock> parameters() {
        return parameters;
    }

    /** The filter block ({@code filters x kernel * features}, see the class comment), live. */
    public ParamBlock weights() {
        return weights;
    }

    /** The bias block, one per filter, live. */
    public ParamBlock biases() {
        return biases;
    }

    public Activation activation() {
        return f;
    }

    public int filters() {
        return filters;
    }

    public int kernel() {
        return kernel;
    }

    /** Position in the filter block's values of weight (filter, tap, feature). */
    public int weightIndex(int filter, int tap, int feature) {
        if (tap < 0 || tap >= kernel || feature < 0 || feature >= features) {
            throw new IllegalArgumentException("no weight at tap " + tap + ", feature " + feature + " of a "
                    + kernel + "-step filter over " + features + " features");
        }
        return weights.index(filter, tap * features + feature);
    }

    /**
     * The forward pass. Because the taps of a window are consecutive steps and each step's features
     * are consecutive, a window's inputs are one contiguous run of the input, read in one loop.
     */
    @Override
    public void forward(double[] in, double[] out) {
        for (int t = 0; t < outSteps; t++) {
            int t0 = t * stride - padBefore;
            int from = (t0 < 0 ? -t0 : 0) * features;
            int to = Math.min(kernel, steps - t0) * features;
            int base = t0 * features;
            for (int filter = 0; filter < filters; filter++) {
                int wf = filter * fanIn;
                double sum = b[filter];
                for (int m = from; m < to; m++) {
                    sum += w[wf + m] * in[base + m];
                }
                z[t * filters + filter] = sum;
            }
        }
        f.applyAll(z, out, 0, z.length);
    }

    @Override
    public void backward(double[] in, double[] out, double[] gradOut, double[] gradIn) {
        double[] d;
        if (f == Activation.IDENTITY) {
            d = gradOut;
        } else {
            f.backpropagate(gradOut, z, out, delta, delta.length);
            d = delta;
        }
        if (gradIn != null) {
            for (int i = 0; i < gradIn.length; i++) {
                gradIn[i] = 0.0;
            }
        }
        for (int t = 0; t < outSteps; t++) {
            int t0 = t * stride - padBefore;
            int from = (t0 < 0 ? -t0 : 0) * features;
            int to = Math.min(kernel, steps - t0) * features;
            int base = t0 * features;
            for (int filter = 0; filter < filters; filter++) {
                double dt = d[t * filters + filter];
                if (dt == 0.0) {
                    continue;
                }
                gb[filter] += dt;
                int wf = filter * fanIn;
                if (gradIn == null) {
                    for (int m = from; m < to; m++) {
                        gw[wf + m] += dt * in[base + m];
                    }
                } else {
                    for (int m = from; m < to; m++) {
                        gw[wf + m] += dt * in[base + m];
                        gradIn[base + m] += w[wf + m] * dt;
                    }
                }
            }
        }
    }
}
