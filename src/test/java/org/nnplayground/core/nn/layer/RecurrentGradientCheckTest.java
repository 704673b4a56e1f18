package org.nnplayground.core.nn.layer;

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

/**
 * Backpropagation through time against central finite differences of the network's mean loss, for
 * every cell (Elman with every per-neuron activation, GRU, LSTM), without an embedding and with one
 * (index and one-hot inputs), with each head (linear and squared error, sigmoid and binary
 * cross-entropy, per-step or final softmax and cross-entropy), no clipping, over many seeded shapes:
 * steps 1 to 6, features 1 to 4, hidden 1 to 5, one or two stacked recurrent layers, every-step and
 * last-step outputs, a batch of 1 or 2 sequences. Every parameter of every layer is checked.
 *
 * <p>Tolerance: |analytic - numeric| <= 1e-6 * max(1, |analytic|, |numeric|), with step h = 1e-6
 * (central differences err by O(h^2) on smooth functions, rounding by about 1e-10 here). Shapes
 * with a ReLU-like pre-activation within 1e-4 of its kink are skipped (checked, see {@link #nearKink}).
 */
class RecurrentGradientCheckTest {
    private static final double H = 1e-6;
    private static final double TOLERANCE = 1e-6;
    private static final int SHAPES_PER_CASE = 8;

    enum Cell { ELMAN, GRU, LSTM }

    enum Input { NUMBERS, EMBEDDED_INDICES, EMBEDDED_ONE_HOT }

    enum Head { LINEAR, SIGMOID, SOFTMAX }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Activation f : Activation.values()) {
            if (f.allowedInHiddenLayer()) {
                cases.add(Arguments.of(Cell.ELMAN, f, Input.NUMBERS, Head.LINEAR));
            }
        }
        for (Cell cell : Cell.values()) {
            for (Input input : Input.values()) {
                for (Head head : Head.values()) {
                    cases.add(Arguments.of(cell, Activation.TANH, input, head));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}, {2}, {3} head")
    @MethodSource("cases")
    void backpropagationThroughTimeMatchesFiniteDifferences(Cell cell, Activation f, Input input, Head head) {
        Rng rng = new Rng(cell.ordinal() * 10_000L + f.ordinal() * 100L + input.ordinal() * 10L + head.ordinal());
        int checked = 0;
        for (int s = 0; s < SHAPES_PER_CASE; s++) {
            StepOutput mode = s % 2 == 0 ? StepOutput.EVERY_STEP : StepOutput.LAST_STEP;
            if (checkShape(rng, cell, f, input, head, mode) > 0) {
                checked++;
            }
        }
        assertTrue(checked >= SHAPES_PER_CASE * 3 / 4, "too many shapes skipped near a kink: only " + checked + " of "
                + SHAPES_PER_CASE + " checked");
    }

    static LayerSpec recurrent(Cell cell, int hidden, Activation f, StepOutput mode) {
        switch (cell) {
            case GRU:
                return new Gru.Spec(hidden, mode, 0);
            case LSTM:
                return new Lstm.Spec(hidden, mode, 0);
            default:
                return new Elman.Spec(hidden, f, mode, 0);
        }
    }

    /** Checks every parameter of one random network; returns how many were checked (0: skipped near a kink). */
    private static int checkShape(Rng rng, Cell cell, Activation f, Input input, Head head, StepOutput mode) {
        int steps = 1 + rng.nextInt(6);
        int features = 1 + rng.nextInt(4);
        int stacked = 1 + rng.nextInt(2);
        int vocabulary = 2 + rng.nextInt(3);
        int outputs = head == Head.SOFTMAX ? 2 + rng.nextInt(2) : 1 + rng.nextInt(2);
        List<LayerSpec> specs = new ArrayList<>();
        Shape shape;
        if (input == Input.NUMBERS) {
            shape = Shape.of(steps, features);
        } else {
            shape = Shape.of(steps, input == Input.EMBEDDED_INDICES ? 1 : vocabulary);
            specs.add(new Embedding.Spec(vocabulary, 1 + rng.nextInt(3)));
        }
        for (int l = 0; l < stacked; l++) {
            specs.add(recurrent(cell, 1 + rng.nextInt(5), f, l < stacked - 1 ? StepOutput.EVERY_STEP : mode));
        }
        specs.add(mode == StepOutput.EVERY_STEP ? new StepDense.Spec(outputs, Activation.IDENTITY)
                : new Dense.Spec(outputs, Activation.IDENTITY, false));
        Activation outAct = head == Head.SOFTMAX ? Activation.SOFTMAX : head == Head.SIGMOID ? Activation.SIGMOID
                : Activation.IDENTITY;
        Loss loss = head == Head.SOFTMAX ? Loss.SOFTMAX_CROSS_ENTROPY : head == Head.SIGMOID ? Loss.BINARY_CROSS_ENTROPY
                : Loss.SQUARED_ERROR;
        Network net = new Network(shape, specs, outAct, Init.GLOROT, rng.split());
        for (ParamBlock block : net.parameters()) {
            if (block.bias()) {
                for (int i = 0; i < block.size(); i++) {
                    block.values()[i] += rng.uniform(-0.5, 0.5);
                }
            }
        }
        int batch = 1 + rng.nextInt(2);
        int in = shape.size();
        int out = net.output().length;
        double[] x = new double[batch * in];
        double[] target = new double[batch * out];
        for (int s = 0; s < batch; s++) {
            fillInput(x, s * in, shape, input, vocabulary, rng);
            int group = mode == StepOutput.EVERY_STEP ? outputs : out;
            for (int from = s * out; from < (s + 1) * out; from += group) {
                for (int c = 0; c < group; c++) {
                    target[from + c] = head == Head.LINEAR ? rng.uniform(-1, 1) : head == Head.SIGMOID ? rng.nextDouble() : 0.0;
                }
                if (head == Head.SOFTMAX) {
                    target[from + rng.nextInt(group)] = 1.0;
                }
            }
        }
        if (nearKink(net, x, batch, in)) {
            return 0;
        }
        net.zeroGradients();
        for (int s = 0; s < batch; s++) {
            net.forward(x, s * in);
            net.backward(loss, target, s * out, 1.0 / batch);
        }
        int checked = 0;
        List<ParamBlock> blocks = net.parameters();
        for (int b = 0; b < blocks.size(); b++) {
            double[] values = blocks.get(b).values();
            double[] analytic = blocks.get(b).grads().clone();
            for (int i = 0; i < values.length; i++) {
                double saved = values[i];
                values[i] = saved + H;
                double plus = meanLoss(net, loss, x, target, batch, in, out);
                values[i] = saved - H;
                double minus = meanLoss(net, loss, x, target, batch, in, out);
                values[i] = saved;
                double numeric = (plus - minus) / (2 * H);
                double scale = Math.max(1.0, Math.max(Math.abs(numeric), Math.abs(analytic[i])));
                double error = Math.abs(numeric - analytic[i]);
                assertTrue(error <= TOLERANCE * scale, "block " + b + " entry " + i + ": backprop " + analytic[i]
                        + " vs finite difference " + numeric + " in " + specs + " on " + shape + ", " + loss);
                checked++;
            }
        }
        return checked;
    }

    static void fillInput(double[] x, int at, Shape shape, Input input, int vocabulary, Rng rng) {
        int steps = shape.dim(0);
        for (int t = 0; t < steps; t++) {
            if (input == Input.EMBEDDED_INDICES) {
                x[at + t] = rng.nextInt(vocabulary);
            } else if (input == Input.EMBEDDED_ONE_HOT) {
                x[at + t * vocabulary + rng.nextInt(vocabulary)] = 1.0;
            } else {
                for (int i = 0; i < shape.dim(1); i++) {
                    x[at + t * shape.dim(1) + i] = rng.uniform(-1.5, 1.5);
                }
            }
        }
    }

    private static double meanLoss(Network net, Loss loss, double[] x, double[] target, int batch, int in, int out) {
        double sum = 0.0;
        for (int s = 0; s < batch; s++) {
            net.forward(x, s * in);
            sum += net.loss(loss, target, s * out);
        }
        return sum / batch;
    }

    /** Whether an Elman pre-activation lies within 100 h of a kink (ReLU, leaky ReLU and ELU at 0). */
    private static boolean nearKink(Network net, double[] x, int batch, int in) {
        for (int s = 0; s < batch; s++) {
            net.forward(x, s * in);
            for (Layer layer : net.layers()) {
                if (layer instanceof Elman) {
                    Activation f = ((Elman) layer).activation();
                    if (f != Activation.RELU && f != Activation.LEAKY_RELU && f != Activation.ELU) {
                        continue;
                    }
                    for (double z : ((Elman) layer).preActivations()) {
                        if (Math.abs(z) < 100 * H) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }
}
