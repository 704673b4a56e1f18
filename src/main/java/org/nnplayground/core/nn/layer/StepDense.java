package org.nnplayground.core.nn.layer;

import java.util.List;
import org.nnplayground.core.math.Rng;

/**
 * A fully connected layer applied to each step of a sequence with the same weights (what other
 * libraries call a time-distributed dense layer): for an input of steps x features it gives steps x
 * width, {@code out_t = f(W x_t + b)} for every step t. This is the head of a sequence-to-sequence
 * network: after a recurrent layer's every-step output, a {@link Dense} layer would take the whole
 * sequence as one flat vector, this one keeps the steps apart. The output head's softmax then runs
 * over each step's outputs (see the network).
 *
 * <p>{@code W} is {@code width x features} row-major, as in {@link Dense}; its gradient is summed
 * over the steps.
 */
public final class StepDense implements Layer {
    /**
     * A per-step dense layer's description.
     *
     * @param width outputs per step
     * @param activation applied to each output (identity for the last layer, before the head)
     */
    public record Spec(int width, Activation activation) implements LayerSpec {
        public Spec {
            if (width < 1) {
                throw new IllegalArgumentException("a per-step dense layer needs at least 1 neuron, not " + width);
            }
            if (activation == null || !activation.allowedInHiddenLayer()) {
                throw new IllegalArgumentException("a per-step dense layer's activation must be one of the per-neuron ones, not "
                        + activation);
            }
        }

        @Override
        public Shape outputShape(Shape input) {
            return Shape.of(Recurrent.steps(input, "a per-step dense layer"), width);
        }

        @Override
        public StepDense build(Shape input, Init init, Rng rng) {
            StepDense layer = new StepDense(input, this);
            init.initializeInPlace(layer.w, layer.b, layer.features, width, rng);
            return layer;
        }
    }

    private final Shape input;
    private final Shape output;
    private final Activation f;
    private final int steps;
    private final int features;
    private final int width;
    private final double[] w;
    private final double[] b;
    private final double[] gw;
    private final double[] gb;
    /** Pre-activations of every step of the last forward, steps x width. */
    private final double[] z;
    private final ParamBlock weights;
    private final ParamBlock biases;
    private final List<ParamBlock> parameters;

    private StepDense(Shape input, Spec spec) {
        this.input = input;
        this.steps = Recurrent.steps(input);
        this.features = input.dim(1);
        this.width = spec.width();
        this.output = Shape.of(steps, width);
        this.f = spec.activation();
        this.w = new double[width * features];
        this.b = new double[width];
        this.gw = new double[w.length];
        this.gb = new double[width];
        this.z = new double[steps * width];
        this.weights = ParamBlock.weights(w, gw, features, width);
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

    /** Multiply-adds of one forward pass: a dense layer's for each step. */
    @Override
    public long forwardCost() {
        return (long) steps * width * (features + 1);
    }

    /** The weight block ({@code width x features}), live. */
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

    @Override
    public void forward(double[] in, double[] out) {
        double[] w = this.w;
        double[] b = this.b;
        double[] z = this.z;
        int features = this.features;
        int width = this.width;
        for (int t = 0; t < steps; t++) {
            int xAt = t * features;
            int zAt = t * width;
            int o = 0;
            // four outputs side by side, each summed in its own order: the bits of one at a time
            for (; o + 4 <= width; o += 4) {
                int r0 = o * features;
                int r1 = r0 + features;
                int r2 = r1 + features;
                int r3 = r2 + features;
                double s0 = b[o];
                double s1 = b[o + 1];
                double s2 = b[o + 2];
                double s3 = b[o + 3];
                for (int i = 0; i < features; i++) {
                    double x = in[xAt + i];
                    s0 += w[r0 + i] * x;
                    s1 += w[r1 + i] * x;
                    s2 += w[r2 + i] * x;
                    s3 += w[r3 + i] * x;
                }
                z[zAt + o] = s0;
                z[zAt + o + 1] = s1;
                z[zAt + o + 2] = s2;
                z[zAt + o + 3] = s3;
            }
            for (; o < width; o++) {
                double sum = b[o];
                int base = o * features;
                for (int i = 0; i < features; i++) {
                    sum += w[base + i] * in[xAt + i];
                }
                z[zAt + o] = sum;
            }
        }
        f.applyAll(z, out, 0, z.length);
    }

    @Override
    public void backward(double[] in, double[] out, double[] gradOut, double[] gradIn) {
        double[] w = this.w;
        double[] gw = this.gw;
        double[] gb = this.gb;
        int features = this.features;
        int width = this.width;
        for (int t = 0; t < steps; t++) {
            int xAt = t * features;
            int zAt = t * width;
            int o = 0;
            if (gradIn != null) {
                for (int i = 0; i < features; i++) {
                    gradIn[xAt + i] = 0.0;
                }
                // four outputs per pass over the step's inputs; each dLoss/d(in) adds them in output order
                for (; o + 4 <= width; o += 4) {
                    double d0 = delta(gradOut, out, zAt + o);
                    double d1 = delta(gradOut, out, zAt + o + 1);
                    double d2 = delta(gradOut, out, zAt + o + 2);
                    double d3 = delta(gradOut, out, zAt + o + 3);
                    gb[o] += d0;
                    gb[o + 1] += d1;
                    gb[o + 2] += d2;
                    gb[o + 3] += d3;
                    int r0 = o * features;
                    int r1 = r0 + features;
                    int r2 = r1 + features;
                    int r3 = r2 + features;
                    for (int i = 0; i < features; i++) {
                        double x = in[xAt + i];
                        gw[r0 + i] += d0 * x;
                        gw[r1 + i] += d1 * x;
                        gw[r2 + i] += d2 * x;
                        gw[r3 + i] += d3 * x;
                        double g = gradIn[xAt + i];
                        g += w[r0 + i] * d0;
                        g += w[r1 + i] * d1;
                        g += w[r2 + i] * d2;
                        g += w[r3 + i] * d3;
                        gradIn[xAt + i] = g;
                    }
                }
            }
            for (; o < width; o++) {
                double d = delta(gradOut, out, zAt + o);
                gb[o] += d;
                int base = o * features;
                for (int i = 0; i < features; i++) {
                    gw[base + i] += d * in[xAt + i];
                }
                if (gradIn != null) {
                    for (int i = 0; i < features; i++) {
                        gradIn[xAt + i] += w[base + i] * d;
                    }
                }
            }
        }
    }

    /** dLoss/dz of output value {@code at}: dLoss/d(out) through the activation (as it is for the identity). */
    private double delta(double[] gradOut, double[] out, int at) {
        double d = gradOut[at];
        if (f != Activation.IDENTITY) {
            d *= f.derivative(z[at], out[at]);
        }
        return d;
    }
}
