package org.nnplayground.core.nn.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.nn.Loss;
import org.nnplayground.core.nn.Network;

/**
 * Gradient checks against central finite differences, for one layer alone and for a layer inside a
 * small network with a dense layer and the softmax head.
 *
 * <p>Central differences with step {@link #STEP} have a truncation error of about STEP^2 times the
 * third derivative (1e-10 here) and a rounding error of about 1e-16 * |loss| / STEP (1e-11); an
 * analytic gradient {@code a} passes against the numeric {@code n} when
 * {@code |a - n| <= TOLERANCE * max(1, |a|, |n|)}, a margin of about a thousand over those errors
 * and far below what any wrong term in a backward pass gives.
 */
final class GradientChecks {
    /** Step of the central differences. */
    static final double STEP = 1e-5;
    /** Largest accepted difference, relative to max(1, |analytic|, |numeric|). */
    static final double TOLERANCE = 1e-7;

    private GradientChecks() {
    }

    /**
     * Checks one layer: with a loss {@code L = sum r[i] out[i]} for random weights {@code r}, backward
     * given {@code gradOut = r} must give dL/d(parameter) for every parameter and dL/d(in) for every
     * input. Returns the largest relative difference seen.
     */
    static double checkLayer(LayerSpec spec, Shape input, long seed) {
        Rng rng = new Rng(seed);
        Layer layer = spec.build(input, Init.UNIFORM, rng);
        double[] in = uniform(rng, input.size());
        double[] out = new double[layer.outputShape().size()];
        double[] r = uniform(rng, out.length);
        double[] gradIn = new double[in.length];
        for (ParamBlock block : layer.parameters()) {
            java.util.Arrays.fill(block.grads(), 0.0);
        }
        layer.forward(in, out);
        layer.backward(in, out, r, gradIn);
        double worst = 0.0;
        String where = spec + " on " + input + " seed " + seed;
        for (int bi = 0; bi < layer.parameters().size(); bi++) {
            ParamBlock block = layer.parameters().get(bi);
            double[] v = block.values();
            for (int i = 0; i < v.length; i++) {
                double numeric = numeric(v, i, () -> projected(layer, in, out, r));
                worst = Math.max(worst, compare(block.grads()[i], numeric, where + ", block " + bi + " entry " + i));
            }
        }
        for (int i = 0; i < in.length; i++) {
            double numeric = numeric(in, i, () -> projected(layer, in, out, r));
            worst = Math.max(worst, compare(gradIn[i], numeric, where + ", input " + i));
        }
        return worst;
    }

    /**
     * Checks {@code specs} inside a network: they are followed by a linear dense layer of
     * {@code classes} outputs and the softmax head with cross-entropy, for one sample with a one-hot
     * target; every parameter's gradient from {@link Network#backward} must match the differences of
     * {@link Network#loss}. Returns the largest relative difference seen.
     */
    static double checkNetwork(List<LayerSpec> specs, Shape input, int classes, long seed) {
        Rng rng = new Rng(seed);
        List<LayerSpec> all = new ArrayList<>(specs);
        all.add(new Dense.Spec(classes, Activation.IDENTITY, false));
        Network net = new Network(input, all, Activation.SOFTMAX, Init.UNIFORM, rng);
        double[] x = uniform(rng, input.size());
        double[] t = new double[classes];
        t[rng.nextInt(classes)] = 1.0;
        net.zeroGradients();
        net.forward(x, 0);
        net.backward(Loss.SOFTMAX_CROSS_ENTROPY, t, 0, 1.0);
        double worst = 0.0;
        String where = specs + " on " + input + " seed " + seed;
        int checked = 0;
        for (int bi = 0; bi < net.parameters().size(); bi++) {
            ParamBlock block = net.parameters().get(bi);
            double[] v = block.values();
            for (int i = 0; i < v.length; i++) {
                double numeric = numeric(v, i, () -> {
                    net.forward(x, 0);
                    return net.loss(Loss.SOFTMAX_CROSS_ENTROPY, t, 0);
                });
                worst = Math.max(worst, compare(block.grads()[i], numeric, where + ", block " + bi + " entry " + i));
                checked++;
            }
        }
        assertEquals(net.parameterCount(), checked);
        return worst;
    }

    private static double projected(Layer layer, double[] in, double[] out, double[] r) {
        layer.forward(in, out);
        double sum = 0.0;
        for (int i = 0; i < out.length; i++) {
            sum += r[i] * out[i];
        }
        return sum;
    }

    private static double numeric(double[] values, int i, java.util.function.DoubleSupplier loss) {
        double keep = values[i];
        values[i] = keep + STEP;
        double up = loss.getAsDouble();
        values[i] = keep - STEP;
        double down = loss.getAsDouble();
        values[i] = keep;
        return (up - down) / (2 * STEP);
    }

    private static double compare(double analytic, double numeric, String where) {
        double scale = Math.max(1.0, Math.max(Math.abs(analytic), Math.abs(numeric)));
        double relative = Math.abs(analytic - numeric) / scale;
        assertTrue(relative <= TOLERANCE, where + ": analytic " + analytic + ", numeric " + numeric);
        return relative;
    }

    static double[] uniform(Rng rng, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = rng.uniform(-1.0, 1.0);
        }
        return v;
    }
}
