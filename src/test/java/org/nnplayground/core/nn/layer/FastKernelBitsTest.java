package org.nnplayground.core.nn.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nnplayground.core.math.Rng;

/**
 * The dense and convolution kernels work several outputs (rows, filters) side by side; these tests
 * hold them to the plain one-output-at-a-time loops, written out here, bit for bit, over many seeded
 * shapes: widths, filter counts and stacked recurrent rows on both sides of the blocks of four, ReLUs
 * that are off (exact zero gradients, which the kernels skip), skip connections, and gradients
 * accumulated over two samples.
 */
class FastKernelBitsTest {
    private static final Activation[] ACTIVATIONS = {Activation.RELU, Activation.TANH, Activation.IDENTITY,
        Activation.SIGMOID};

    @Test
    void denseForwardAndBackwardMatchThePlainRowByRowLoopsBitForBit() {
        Rng shapes = new Rng(17);
        for (int trial = 0; trial < 300; trial++) {
            int fanIn = 1 + shapes.nextInt(11);
            boolean residual = shapes.nextInt(4) == 0;
            int width = residual ? fanIn : 1 + shapes.nextInt(11);
            Activation f = ACTIVATIONS[shapes.nextInt(ACTIVATIONS.length)];
            Dense layer = new Dense.Spec(width, f, residual).build(Shape.vector(fanIn), Init.UNIFORM, new Rng(trial));
            String where = "trial " + trial + ": " + fanIn + " -> " + width + " " + f + (residual ? " residual" : "");
            PlainDense plain = new PlainDense(layer);
            for (int sample = 0; sample < 2; sample++) {
                double[] in = values(shapes, fanIn);
                double[] gradOut = values(shapes, width);
                double[] out = new double[width];
                double[] expectedOut = plain.forward(in);
                layer.forward(in, out);
                assertBitsEqual(expectedOut, out, where + ", output");
                boolean first = shapes.nextInt(3) == 0;
                double[] gradIn = first ? null : new double[fanIn];
                double[] expectedGradIn = plain.backward(in, out, gradOut, !first);
                layer.backward(in, out, gradOut, gradIn);
                if (!first) {
                    assertBitsEqual(expectedGradIn, gradIn, where + ", dLoss/d(in)");
                }
            }
            assertBitsEqual(plain.gw, layer.weights().grads(), where + ", weight gradients");
            assertBitsEqual(plain.gb, layer.biases().grads(), where + ", bias gradients");
        }
    }

    @Test
    void convolutionForwardMatchesThePlainFilterByFilterLoopBitForBit() {
        Rng shapes = new Rng(29);
        for (int trial = 0; trial < 200; trial++) {
            int channels = 1 + shapes.nextInt(3);
            int side = 3 + shapes.nextInt(6);
            int kernel = 1 + shapes.nextInt(3);
            int stride = 1 + shapes.nextInt(2);
            Padding padding = shapes.nextInt(2) == 0 ? Padding.SAME : Padding.VALID;
            int filters = 1 + shapes.nextInt(10);
            Shape input = Shape.of(channels, side, side);
            Conv2d.Spec spec = new Conv2d.Spec(filters, kernel, stride, padding, Activation.RELU);
            if (padding.misfit("side", side, kernel, stride) != null) {
                continue; // a shape the layer refuses
            }
            Conv2d conv = spec.build(input, Init.UNIFORM, new Rng(trial));
            String where = "trial " + trial + ": " + spec + " on " + channels + "x" + side + "x" + side;
            double[] in = values(shapes, input.size());
            double[] out = new double[conv.outputShape().size()];
            conv.forward(in, out);
            assertBitsEqual(plainConvolution(conv, input, in), conv.preActivation(), where);
        }
    }

    @Test
    void recurrentKernelsMatchThePlainRowByRowLoopsBitForBit() {
        Rng shapes = new Rng(41);
        for (int trial = 0; trial < 200; trial++) {
            int hidden = 1 + shapes.nextInt(9);
            int features = 1 + shapes.nextInt(6);
            int steps = 1 + shapes.nextInt(3);
            Shape input = Shape.of(steps, features);
            int kind = shapes.nextInt(3);
            LayerSpec spec = kind == 0 ? Elman.Spec.tanh(hidden, StepOutput.EVERY_STEP)
                    : kind == 1 ? new Gru.Spec(hidden, StepOutput.EVERY_STEP, 0) : new Lstm.Spec(hidden, StepOutput.EVERY_STEP, 0);
            Recurrent layer = (Recurrent) spec.build(input, Init.UNIFORM, new Rng(trial));
            String where = "trial " + trial + ": " + spec + " on " + steps + " x " + features;
            int rows = layer.rows;
            int t = shapes.nextInt(steps);
            double[] in = values(shapes, steps * features);
            double[] state = values(shapes, hidden + 2);
            int at = shapes.nextInt(3);
            int from = shapes.nextInt(rows);
            int to = from + shapes.nextInt(rows - from + 1);
            boolean zeroState = shapes.nextInt(4) == 0;

            double[] a = values(shapes, rows);
            double[] expectedA = a.clone();
            for (int r = from; r < to; r++) {
                double sum = layer.b[r];
                for (int i = 0; i < features; i++) {
                    sum += layer.wx[r * features + i] * in[t * features + i];
                }
                if (!zeroState) {
                    for (int k = 0; k < hidden; k++) {
                        sum += layer.wh[r * hidden + k] * state[at + k];
                    }
                }
                expectedA[r] = sum;
            }
            layer.preActivations(in, t, a, from, to, zeroState ? null : state, at);
            assertBitsEqual(expectedA, a, where + ", pre-activations");

            double[] da = values(shapes, rows);
            double[] gwx = layer.gwx.clone();
            double[] gb = layer.gb.clone();
            boolean first = shapes.nextInt(3) == 0;
            double[] gradIn = first ? null : values(shapes, steps * features);
            double[] expectedGradIn = first ? null : gradIn.clone();
            if (!first) {
                for (int i = 0; i < features; i++) {
                    expectedGradIn[t * features + i] = 0.0;
                }
            }
            for (int r = 0; r < rows; r++) {
                gb[r] += da[r];
                for (int i = 0; i < features; i++) {
                    gwx[r * features + i] += da[r] * in[t * features + i];
                    if (!first) {
                        expectedGradIn[t * features + i] += layer.wx[r * features + i] * da[r];
                    }
                }
            }
            layer.inputGradients(in, t, da, gradIn);
            assertBitsEqual(gb, layer.gb, where + ", bias gradients");
            assertBitsEqual(gwx, layer.gwx, where + ", input weight gradients");
            if (!first) {
                assertBitsEqual(expectedGradIn, gradIn, where + ", dLoss/dx");
            }

            double[] gwh = layer.gwh.clone();
            for (int r = from; r < to; r++) {
                for (int k = 0; k < hidden; k++) {
                    gwh[r * hidden + k] += da[r] * state[at + k];
                }
            }
            layer.recurrentWeightGradients(da, from, to, state, at);
            assertBitsEqual(gwh, layer.gwh, where + ", recurrent weight gradients");

            double[] g = values(shapes, hidden);
            double[] expectedG = g.clone();
            for (int r = from; r < to; r++) {
                for (int k = 0; k < hidden; k++) {
                    expectedG[k] += layer.wh[r * hidden + k] * da[r];
                }
            }
            layer.addRecurrentBackward(da, from, to, g);
            assertBitsEqual(expectedG, g, where + ", dLoss/d(previous state)");
        }
    }

    /** Uniform values in [-1, 1), about one in six of them an exact zero (or a negative zero). */
    private static double[] values(Rng rng, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            int pick = rng.nextInt(12);
            v[i] = pick == 0 ? 0.0 : pick == 1 ? -0.0 : rng.uniform(-1, 1);
        }
        return v;
    }

    private static void assertBitsEqual(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what + ": length");
        for (int i = 0; i < expected.length; i++) {
            assertEquals(Double.doubleToRawLongBits(expected[i]), Double.doubleToRawLongBits(actual[i]),
                    what + " [" + i + "]: expected " + expected[i] + ", got " + actual[i]);
        }
    }

    /** A dense layer's maths one output at a time, on copies of its weights, with its own gradients. */
    private static final class PlainDense {
        private final Activation f;
        private final boolean residual;
        private final int fanIn;
        private final int width;
        private final double[] w;
        private final double[] b;
        private final double[] gw;
        private final double[] gb;
        private final double[] z;
        private final double[] h;

        PlainDense(Dense layer) {
            this.f = layer.activation();
            this.residual = layer.residual();
            this.fanIn = layer.inputShape().size();
            this.width = layer.outputShape().size();
            this.w = layer.weights().values().clone();
            this.b = layer.biases().values().clone();
            this.gw = new double[w.length];
            this.gb = new double[b.length];
            this.z = new double[width];
            this.h = new double[width];
        }

        double[] forward(double[] in) {
            double[] out = new double[width];
            for (int to = 0; to < width; to++) {
                double sum = b[to];
                for (int from = 0; from < fanIn; from++) {
                    sum += w[to * fanIn + from] * in[from];
                }
                z[to] = sum;
                h[to] = f.apply(sum);
                out[to] = residual ? h[to] + in[to] : h[to];
            }
            return out;
        }

        double[] backward(double[] in, double[] out, double[] gradOut, boolean propagate) {
            double[] prev = new double[fanIn];
            if (residual) {
                System.arraycopy(gradOut, 0, prev, 0, fanIn);
            }
            for (int to = 0; to < width; to++) {
                double dt = f == Activation.IDENTITY ? gradOut[to] : gradOut[to] * f.derivative(z[to], h[to]);
                if (dt == 0.0) {
                    continue;
                }
                gb[to] += dt;
                for (int from = 0; from < fanIn; from++) {
                    gw[to * fanIn + from] += dt * in[from];
                    if (propagate) {
                        prev[from] += w[to * fanIn + from] * dt;
                    }
                }
            }
            return prev;
        }
    }

    /** The pre-activations of a convolution, one filter and one output pixel at a time, padding skipped. */
    private static double[] plainConvolution(Conv2d conv, Shape input, double[] in) {
        int channels = input.dim(0);
        int height = input.dim(1);
        int width = input.dim(2);
        Shape output = conv.outputShape();
        int outHeight = output.dim(1);
        int outWidth = output.dim(2);
        int k = conv.kernel();
        int stride = conv.stride();
        // the padding before the image, from the output size: what "same" needs, split with the odd one after
        int padTop = Math.max(0, ((outHeight - 1) * stride + k - height) / 2);
        int padLeft = Math.max(0, ((outWidth - 1) * stride + k - width) / 2);
        double[] w = conv.weights().values();
        double[] b = conv.biases().values();
        double[] z = new double[output.size()];
        int o = 0;
        for (int filter = 0; filter < conv.filters(); filter++) {
            for (int oy = 0; oy < outHeight; oy++) {
                for (int ox = 0; ox < outWidth; ox++) {
                    double sum = b[filter];
                    for (int c = 0; c < channels; c++) {
                        for (int ky = 0; ky < k; ky++) {
                            for (int kx = 0; kx < k; kx++) {
                                int y = oy * stride - padTop + ky;
                                int x = ox * stride - padLeft + kx;
                                if (y >= 0 && y < height && x >= 0 && x < width) {
                                    sum += w[conv.weightIndex(filter, c, ky, kx)] * in[(c * height + y) * width + x];
                                }
                            }
                        }
                    }
                    z[o++] = sum;
                }
            }
        }
        return z;
    }
}
