package org.nnplayground.core.train;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.nn.Loss;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.nn.NetworkSpec;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.nn.layer.Dense;
import org.nnplayground.core.nn.layer.Init;

/**
 * Backpropagation against central finite differences of the full objective (mean batch loss plus
 * the regularization penalty), for every hidden activation, every output activation with squared
 * error, both cross-entropies, with and without skip connections and with L1 and L2, over many
 * seeded shapes.
 *
 * <p>Tolerance: |analytic - numeric| <= 1e-6 * max(1, |analytic|, |numeric|), with step h = 1e-6.
 * Central differences are accurate to O(h^2) on smooth functions; the seeded shapes keep every
 * pre-activation well away from the kinks of ReLU, leaky ReLU and |w| (checked, see {@link #nearKink}).
 */
class GradientCheckTest {
    private static final double H = 1e-6;
    private static final double TOLERANCE = 1e-6;
    private static final int SHAPES_PER_CASE = 12;

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Activation hidden : Activation.values()) {
            if (!hidden.allowedInHiddenLayer()) {
                continue;
            }
            for (Activation output : Activation.values()) {
                cases.add(Arguments.of(hidden, output, Loss.SQUARED_ERROR));
            }
            cases.add(Arguments.of(hidden, Activation.SIGMOID, Loss.BINARY_CROSS_ENTROPY));
            cases.add(Arguments.of(hidden, Activation.SOFTMAX, Loss.SOFTMAX_CROSS_ENTROPY));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} hidden, {1} output, {2}")
    @MethodSource("cases")
    void backpropagationMatchesFiniteDifferences(Activation hidden, Activation output, Loss loss) {
        Rng shapes = new Rng(hidden.ordinal() * 1000L + output.ordinal() * 10L + loss.ordinal());
        int shapesChecked = 0;
        for (int s = 0; s < SHAPES_PER_CASE; s++) {
            boolean skip = s % 2 == 1;
            Regularization reg = Regularization.values()[s % 3];
            if (checkShape(shapes, hidden, output, loss, skip, reg) > 0) {
                shapesChecked++;
            }
        }
        assertTrue(shapesChecked >= SHAPES_PER_CASE * 3 / 4, "too many shapes skipped near a kink: only "
                + shapesChecked + " of " + SHAPES_PER_CASE + " checked");
    }

    /** Checks every parameter of one random shape; returns how many were checked. */
    private int checkShape(Rng rng, Activation hidden, Activation output, Loss loss, boolean skip, Regularization reg) {
        int inputs = 1 + rng.nextInt(3);
        int outputs = output == Activation.SOFTMAX ? 2 + rng.nextInt(2) : 1 + rng.nextInt(2);
        int depth = rng.nextInt(4);
        int width = 1 + rng.nextInt(4);
        int[] sizes = new int[depth];
        for (int i = 0; i < depth; i++) {
            // Equal widths so that skip connections are really present; otherwise vary them.
            sizes[i] = skip ? width : 1 + rng.nextInt(4);
        }
        NetworkSpec spec = NetworkSpec.of(inputs, sizes, hidden, outputs, output).withSkip(skip).withInit(Init.GLOROT);
        Network network = new Network(spec, rng.split());
        for (int l = 1; l <= network.layerCount(); l++) {
            double[] b = network.biasBlock(l).values();
            for (int i = 0; i < b.length; i++) {
                b[i] = rng.uniform(-0.5, 0.5); // nonzero biases, so no pre-activation sits exactly on a kink
            }
        }
        int batch = 1 + rng.nextInt(3);
        double[] x = new double[batch * inputs];
        double[] t = new double[batch * outputs];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.uniform(-1.5, 1.5);
        }
        fillTargets(t, batch, outputs, loss, rng);
        TrainingData data = TrainingData.regression(batch, inputs, x, outputs, t);
        TrainingConfig config = TrainingConfig.of(loss, 0.1, batch).withRegularization(reg, 0.01 * (1 + rng.nextInt(3)));
        int[] order = new int[batch];
        for (int i = 0; i < batch; i++) {
            order[i] = i;
        }
        if (nearKink(network, data, reg)) {
            return 0;
        }
        Objective.computeGradients(network, data, order, 0, batch, config);
        int checked = 0;
        for (int l = 1; l <= network.layerCount(); l++) {
            checked += checkBlock(network, network.weightBlock(l).values(), network.weightBlock(l).grads().clone(), data, order, config,
                    "layer " + l + " weight", spec);
            checked += checkBlock(network, network.biasBlock(l).values(), network.biasBlock(l).grads().clone(), data, order, config,
                    "layer " + l + " bias", spec);
        }
        return checked;
    }

    private static void fillTargets(double[] t, int batch, int outputs, Loss loss, Rng rng) {
        for (int i = 0; i < batch; i++) {
            if (loss == Loss.SOFTMAX_CROSS_ENTROPY) {
                t[i * outputs + rng.nextInt(outputs)] = 1.0;
            } else {
                for (int c = 0; c < outputs; c++) {
                    t[i * outputs + c] = loss == Loss.BINARY_CROSS_ENTROPY ? rng.nextDouble() : rng.uniform(-1, 1);
                }
            }
        }
    }

    private int checkBlock(Network network, double[] params, double[] analytic, TrainingData data, int[] order,
                           TrainingConfig config, String what, NetworkSpec spec) {
        for (int i = 0; i < params.length; i++) {
            double saved = params[i];
            params[i] = saved + H;
            double plus = objective(network, data, config);
            params[i] = saved - H;
            double minus = objective(network, data, config);
            params[i] = saved;
            double numeric = (plus - minus) / (2 * H);
            double scale = Math.max(1.0, Math.max(Math.abs(numeric), Math.abs(analytic[i])));
            double error = Math.abs(numeric - analytic[i]);
            assertTrue(error <= TOLERANCE * scale, what + " " + i + ": backprop " + analytic[i] + " vs finite difference "
                    + numeric + " (error " + error + ") in " + spec + " with " + config);
        }
        return params.length;
    }

    private static double objective(Network network, TrainingData data, TrainingConfig config) {
        Metrics m = Objective.evaluate(network, data, config.loss());
        return m.loss() + Objective.penalty(network, config.regularization(), config.regularizationRate());
    }

    /** Whether a kink (ReLU at 0, |w| at 0) lies within a few steps of the point: skip such shapes. */
    private static boolean nearKink(Network network, TrainingData data, Regularization reg) {
        double margin = 100 * H;
        if (reg == Regularization.L1) {
            for (int l = 1; l <= network.layerCount(); l++) {
                for (double w : network.weightBlock(l).values()) {
                    if (Math.abs(w) < margin) {
                        return true;
                    }
                }
            }
        }
        for (int i = 0; i < data.size(); i++) {
            double[] x = new double[data.inputSize()];
            for (int c = 0; c < x.length; c++) {
                x[c] = data.input(i, c);
            }
            network.forward(x, 0);
            for (int l = 1; l <= network.layerCount(); l++) {
                Activation f = network.spec().activation(l);
                if (f != Activation.RELU && f != Activation.LEAKY_RELU && f != Activation.ELU) {
                    continue;
                }
                for (double z : ((Dense) network.layer(l)).preActivation()) {
                    if (Math.abs(z) < margin) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
