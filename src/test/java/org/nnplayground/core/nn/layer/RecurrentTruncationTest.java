package org.nnplayground.core.nn.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nnplayground.core.math.Rng;

/**
 * The recurrent layers against {@link RecurrentReference}: their forward pass follows the cells'
 * equations, truncated backpropagation through time is the exact gradient (central finite
 * differences) of the graph in which the state entering each chunk is held constant, with respect
 * to every parameter and every input, and a truncation of at least the sequence's length is full
 * backpropagation through time bit for bit.
 *
 * <p>Tolerances: forward within 1e-12 of the equations; gradients within
 * 1e-7 * max(1, |analytic|, |numeric|), step h = 1e-6.
 */
class RecurrentTruncationTest {
    private static final double H = 1e-6;
    private static final int SHAPES = 12;

    enum Cell { ELMAN_TANH, ELMAN_SIGMOID, GRU, LSTM }

    static Recurrent build(Cell cell, int steps, int features, int hidden, StepOutput mode, int k, long seed) {
        LayerSpec spec;
        switch (cell) {
            case GRU:
                spec = new Gru.Spec(hidden, mode, k);
                break;
            case LSTM:
                spec = new Lstm.Spec(hidden, mode, k);
                break;
            case ELMAN_SIGMOID:
                spec = new Elman.Spec(hidden, Activation.SIGMOID, mode, k);
                break;
            default:
                spec = new Elman.Spec(hidden, Activation.TANH, mode, k);
        }
        Recurrent layer = (Recurrent) spec.build(Shape.of(steps, features), Init.GLOROT, new Rng(seed));
        Rng rng = new Rng(seed + 1);
        double[] b = layer.biases().values();
        for (int i = 0; i < b.length; i++) {
            b[i] += rng.uniform(-0.5, 0.5);
        }
        return layer;
    }

    private static double[] randomInput(int size, Rng rng) {
        double[] x = new double[size];
        for (int i = 0; i < size; i++) {
            x[i] = rng.uniform(-1.5, 1.5);
        }
        return x;
    }

    @ParameterizedTest
    @EnumSource(Cell.class)
    void forwardFollowsTheCellsEquations(Cell cell) {
        Rng rng = new Rng(500 + cell.ordinal());
        for (int s = 0; s < SHAPES; s++) {
            int steps = 1 + rng.nextInt(6);
            int features = 1 + rng.nextInt(4);
            int hidden = 1 + rng.nextInt(5);
            Recurrent layer = build(cell, steps, features, hidden, StepOutput.EVERY_STEP, 0, rng.nextLong());
            double[] x = randomInput(steps * features, rng);
            double[] out = new double[steps * hidden];
            layer.forward(x, out);
            double[] expected = RecurrentReference.run(layer, x, null, 0).h;
            assertArrayEquals(expected, out, 1e-12);
            Recurrent last = build(cell, steps, features, hidden, StepOutput.LAST_STEP, 0, 0);
            copyParameters(layer, last);
            double[] lastOut = new double[hidden];
            last.forward(x, lastOut);
            for (int j = 0; j < hidden; j++) {
                assertEquals(out[(steps - 1) * hidden + j], lastOut[j], 0.0, "the last step's output is the last row");
            }
        }
    }

    private static void copyParameters(Recurrent from, Recurrent to) {
        for (int b = 0; b < 3; b++) {
            System.arraycopy(from.parameters().get(b).values(), 0, to.parameters().get(b).values(), 0,
                    from.parameters().get(b).size());
        }
    }

    @ParameterizedTest
    @EnumSource(Cell.class)
    void truncatedBackpropagationIsTheExactGradientOfTheTruncatedGraph(Cell cell) {
        Rng rng = new Rng(700 + cell.ordinal());
        int checked = 0;
        for (int s = 0; s < SHAPES; s++) {
            int steps = 2 + rng.nextInt(5);
            int features = 1 + rng.nextInt(3);
            int hidden = 1 + rng.nextInt(4);
            int k = 1 + rng.nextInt(steps - 1);
            StepOutput mode = s % 2 == 0 ? StepOutput.EVERY_STEP : StepOutput.LAST_STEP;
            Recurrent layer = build(cell, steps, features, hidden, mode, k, rng.nextLong());
            double[] x = randomInput(steps * features, rng);
            // The loss: a fixed random readout of the output, L = sum w * out.
            int outSize = layer.outputShape().size();
            double[] w = randomInput(outSize, rng);
            double[] out = new double[outSize];
            double[] gradIn = new double[x.length];
            layer.forward(x, out);
            RecurrentReference.States frozen = RecurrentReference.run(layer, x, null, 0);
            for (int b = 0; b < 3; b++) {
                java.util.Arrays.fill(layer.parameters().get(b).grads(), 0.0);
            }
            layer.backward(x, out, w, gradIn);
            for (int b = 0; b < 3; b++) {
                double[] values = layer.parameters().get(b).values();
                double[] grads = layer.parameters().get(b).grads();
                for (int i = 0; i < values.length; i++) {
                    double saved = values[i];
                    values[i] = saved + H;
                    double plus = truncatedLoss(layer, x, frozen, k, w, mode);
                    values[i] = saved - H;
                    double minus = truncatedLoss(layer, x, frozen, k, w, mode);
                    values[i] = saved;
                    assertClose(grads[i], (plus - minus) / (2 * H), cell + " block " + b + " entry " + i + ", k " + k);
                    checked++;
                }
            }
            for (int i = 0; i < x.length; i++) {
                double saved = x[i];
                x[i] = saved + H;
                double plus = truncatedLoss(layer, x, frozen, k, w, mode);
                x[i] = saved - H;
                double minus = truncatedLoss(layer, x, frozen, k, w, mode);
                x[i] = saved;
                assertClose(gradIn[i], (plus - minus) / (2 * H), cell + " input " + i + ", k " + k);
            }
        }
        assertTrue(checked > 50, "parameters checked: " + checked);
    }

    /** The readout of the truncated graph's output: the states entering each chunk held at {@code frozen}. */
    private static double truncatedLoss(Recurrent layer, double[] x, RecurrentReference.States frozen, int k, double[] w,
                                        StepOutput mode) {
        double[] h = RecurrentReference.run(layer, x, frozen, k).h;
        int from = mode == StepOutput.EVERY_STEP ? 0 : h.length - w.length;
        double sum = 0.0;
        for (int i = 0; i < w.length; i++) {
            sum += w[i] * h[from + i];
        }
        return sum;
    }

    private static void assertClose(double analytic, double numeric, String what) {
        double scale = Math.max(1.0, Math.max(Math.abs(analytic), Math.abs(numeric)));
        assertTrue(Math.abs(analytic - numeric) <= 1e-7 * scale, what + ": backprop " + analytic + " vs finite difference "
                + numeric);
    }

    @ParameterizedTest
    @EnumSource(Cell.class)
    void truncationOfAtLeastTheLengthIsFullBackpropagationBitForBit(Cell cell) {
        Rng rng = new Rng(900 + cell.ordinal());
        for (int s = 0; s < SHAPES; s++) {
            int steps = 1 + rng.nextInt(6);
            int features = 1 + rng.nextInt(4);
            int hidden = 1 + rng.nextInt(5);
            StepOutput mode = s % 2 == 0 ? StepOutput.EVERY_STEP : StepOutput.LAST_STEP;
            long seed = rng.nextLong();
            double[] x = randomInput(steps * features, rng);
            Recurrent full = build(cell, steps, features, hidden, mode, 0, seed);
            double[] w = randomInput(full.outputShape().size(), rng);
            double[][] expected = gradients(full, x, w);
            for (int k : new int[] {steps, steps + 3}) {
                double[][] actual = gradients(build(cell, steps, features, hidden, mode, k, seed), x, w);
                for (int i = 0; i < expected.length; i++) {
                    assertArrayEquals(expected[i], actual[i], "k " + k + ", array " + i);
                }
            }
            if (steps > 1) {
                double[][] cut = gradients(build(cell, steps, features, hidden, mode, 1, seed), x, w);
                assertTrue(!java.util.Arrays.equals(expected[0], cut[0]), "a truncation of 1 step changes the input weights' gradient");
            }
        }
    }

    /** The three blocks' gradients, dLoss/d(input) and dLoss/dh of one backward pass. */
    private static double[][] gradients(Recurrent layer, double[] x, double[] gradOut) {
        double[] out = new double[layer.outputShape().size()];
        double[] gradIn = new double[x.length];
        layer.forward(x, out);
        layer.backward(x, out, gradOut, gradIn);
        return new double[][] {layer.parameters().get(0).grads().clone(), layer.parameters().get(1).grads().clone(),
                layer.parameters().get(2).grads().clone(), gradIn, layer.hiddenGradients().clone()};
    }
}
