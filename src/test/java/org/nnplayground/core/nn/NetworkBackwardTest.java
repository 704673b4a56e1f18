package org.nnplayground.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.nn.layer.Dense;

/**
 * {@link Network#backward} (one fused pass per layer, rows with a zero delta skipped) gives the
 * very bits of the plain textbook backward pass written out here: delta, then the gradient
 * accumulation, then the propagation, every row visited.
 */
class NetworkBackwardTest {

    @Test
    void reluNetworkWithManySilentNeuronsMatchesThePlainBackwardBitForBit() {
        // Wide ReLU layers: about half the neurons are off for any one sample, so rows are skipped.
        NetworkSpec spec = NetworkSpec.of(6, new int[] {16, 16, 12}, Activation.RELU, 3, Activation.IDENTITY);
        int zeroRows = assertSameGradients(spec, Loss.SQUARED_ERROR, 21);
        assertTrue(zeroRows > 100, "rows with a zero delta, which the network skips: " + zeroRows);
    }

    @Test
    void tanhSoftmaxAndSkipConnectionsMatchThePlainBackwardBitForBit() {
        NetworkSpec softmax = NetworkSpec.of(4, new int[] {8, 8}, Activation.TANH, 3, Activation.SOFTMAX);
        assertSameGradients(softmax, Loss.SOFTMAX_CROSS_ENTROPY, 22);
        NetworkSpec skip = NetworkSpec.of(3, new int[] {8, 8, 8}, Activation.RELU, 1, Activation.TANH).withSkip(true);
        assertSameGradients(skip, Loss.SQUARED_ERROR, 23);
    }

    /** Returns how many rows had a zero delta (and so were skipped by the network). */
    private static int assertSameGradients(NetworkSpec spec, Loss loss, long seed) {
        Network net = new Network(spec, new Rng(seed));
        Rng rng = new Rng(seed + 100);
        int samples = 25;
        int in = spec.inputs();
        int out = spec.outputs();
        double[] x = new double[samples * in];
        double[] t = new double[samples * out];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.uniform(-2, 2);
        }
        for (int s = 0; s < samples; s++) {
            if (loss == Loss.SOFTMAX_CROSS_ENTROPY) {
                t[s * out + rng.nextInt(out)] = 1.0;
            } else {
                for (int o = 0; o < out; o++) {
                    t[s * out + o] = rng.uniform(-1, 1);
                }
            }
        }
        int layers = spec.layerCount();
        double[][] gw = new double[layers + 1][];
        double[][] gb = new double[layers + 1][];
        for (int l = 1; l <= layers; l++) {
            gw[l] = new double[net.weightBlock(l).values().length];
            gb[l] = new double[net.biasBlock(l).values().length];
        }
        net.zeroGradients();
        double scale = 1.0 / samples;
        int zeroRows = 0;
        for (int s = 0; s < samples; s++) {
            net.forward(x, s * in);
            zeroRows += plainBackward(net, spec, loss, t, s * out, scale, gw, gb);
            net.backward(loss, t, s * out, scale);
        }
        for (int l = 1; l <= layers; l++) {
            assertBits(gw[l], net.weightBlock(l).grads(), "weights of layer " + l);
            assertBits(gb[l], net.biasBlock(l).grads(), "biases of layer " + l);
        }
        return zeroRows;
    }

    /**
     * The textbook pass: every row, separate loops, the per-element activation methods. Adds to
     * gw and gb; returns the number of rows whose delta was zero.
     */
    private static int plainBackward(Network net, NetworkSpec spec, Loss loss, double[] t, int offset, double scale,
                                     double[][] gw, double[][] gb) {
        int layers = spec.layerCount();
        int n = spec.width(layers);
        double[] out = net.layerOutput(layers);
        double[] delta = new double[n];
        double[] gradAbove = new double[n]; // dLoss/d(a_l) of the layer being processed
        Activation top = spec.activation(layers);
        for (int i = 0; i < n; i++) {
            if (OutputHead.fusesGradient(top, loss)) {
                delta[i] = scale * (out[i] - t[offset + i]);
            } else {
                gradAbove[i] = scale * loss.gradient(out[i], t[offset + i]);
            }
        }
        if (!OutputHead.fusesGradient(top, loss)) {
            if (top == Activation.SOFTMAX) {
                throw new IllegalArgumentException("softmax is only tested with its paired loss");
            }
            for (int i = 0; i < n; i++) {
                delta[i] = gradAbove[i] * top.derivative(((Dense) net.layer(layers)).preActivation()[i], activated(net, spec, layers, i));
            }
        }
        int zeroRows = 0;
        for (int l = layers; l >= 1; l--) {
            double[] in = net.layerOutput(l - 1);
            int fanIn = spec.width(l - 1);
            int width = spec.width(l);
            for (int to = 0; to < width; to++) {
                if (delta[to] == 0.0) {
                    zeroRows++;
                }
                gb[l][to] += delta[to];
                for (int from = 0; from < fanIn; from++) {
                    gw[l][to * fanIn + from] += delta[to] * in[from];
                }
            }
            if (l == 1) {
                break;
            }
            double[] g = new double[fanIn];
            if (spec.residual(l)) {
                System.arraycopy(gradAbove, 0, g, 0, fanIn);
            }
            double[] w = net.weightBlock(l).values();
            for (int to = 0; to < width; to++) {
                for (int from = 0; from < fanIn; from++) {
                    g[from] += w[to * fanIn + from] * delta[to];
                }
            }
            Activation f = spec.activation(l - 1);
            double[] below = new double[fanIn];
            for (int i = 0; i < fanIn; i++) {
                below[i] = g[i] * f.derivative(((Dense) net.layer(l - 1)).preActivation()[i], activated(net, spec, l - 1, i));
            }
            delta = below;
            gradAbove = g;
        }
        return zeroRows;
    }

    /** f(z) of neuron i of layer l (without a residual input). */
    private static double activated(Network net, NetworkSpec spec, int l, int i) {
        return spec.activation(l).apply(((Dense) net.layer(l)).preActivation()[i]);
    }

    private static void assertBits(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(Double.doubleToRawLongBits(expected[i]), Double.doubleToRawLongBits(actual[i]),
                    what + " [" + i + "]: " + expected[i] + " vs " + actual[i]);
        }
    }
}
