package org.nnplayground.core.nn.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.nn.Architecture;
import org.nnplayground.core.nn.GridEvaluator;
import org.nnplayground.core.nn.Loss;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.train.Objective;
import org.nnplayground.core.train.Optimizer;
import org.nnplayground.core.train.OptimizerKind;
import org.nnplayground.core.train.Regularization;
import org.nnplayground.core.train.StepResult;
import org.nnplayground.core.train.Trainer;
import org.nnplayground.core.train.TrainingConfig;
import org.nnplayground.core.train.TrainingData;

/**
 * A layer kind written here, in a test, and nowhere else: a learned gain per value,
 * {@code out[i] = g[i] * in[i]}. Nothing outside this file changes for it, yet the network builds it
 * between dense layers, backpropagates through it, the optimizers and the L2 penalty update its
 * block, the fingerprint and the parameter copy include it, and the grid evaluator runs it through
 * the default batched pass, and the trainer trains it from an {@link Architecture}. This is the seam every new layer kind (recurrent, convolutional) uses.
 */
class NewLayerKindTest {
    /** The example kind: one regularized block of gains, started at 1 plus a small draw. */
    record GainSpec() implements LayerSpec {
        @Override
        public Shape outputShape(Shape input) {
            return input;
        }

        @Override
        public Layer build(Shape input, Init init, Rng rng) {
            return new Gain(input, rng);
        }
    }

    static final class Gain implements Layer {
        private final Shape shape;
        private final double[] g;
        private final double[] grad;
        private final List<ParamBlock> parameters;

        Gain(Shape shape, Rng rng) {
            this.shape = shape;
            this.g = new double[shape.size()];
            this.grad = new double[g.length];
            for (int i = 0; i < g.length; i++) {
                g[i] = 1.0 + rng.uniform(-0.1, 0.1);
            }
            this.parameters = List.of(new ParamBlock(g, grad, 1, g.length, true, false));
        }

        @Override public Shape inputShape() { return shape; }
        @Override public Shape outputShape() { return shape; }
        @Override public List<ParamBlock> parameters() { return parameters; }

        @Override
        public void forward(double[] in, double[] out) {
            for (int i = 0; i < g.length; i++) {
                out[i] = g[i] * in[i];
            }
        }

        @Override
        public void backward(double[] in, double[] out, double[] gradOut, double[] gradIn) {
            for (int i = 0; i < g.length; i++) {
                grad[i] += gradOut[i] * in[i];
                if (gradIn != null) {
                    gradIn[i] = gradOut[i] * g[i];
                }
            }
        }
    }

    private static Network network(long seed) {
        return new Network(Shape.vector(2), List.of(new Dense.Spec(4, Activation.TANH, false), new GainSpec(),
                new Dense.Spec(1, Activation.IDENTITY, false)), Activation.TANH, Init.GLOROT, new Rng(seed));
    }

    /** y = tanh(x1 * x2) style targets on a seeded square of points. */
    private static TrainingData data() {
        Rng rng = new Rng(7);
        int n = 40;
        double[] x = new double[2 * n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[2 * i] = rng.uniform(-1, 1);
            x[2 * i + 1] = rng.uniform(-1, 1);
            y[i] = x[2 * i] * x[2 * i + 1] > 0 ? 0.5 : -0.5;
        }
        return TrainingData.regression(n, 2, x, 1, y);
    }

    @Test
    void theNetworkHoldsTheNewKindWithItsBlockInLayerOrder() {
        Network net = network(1);
        assertEquals(3, net.layerCount());
        assertTrue(net.layer(2) instanceof Gain);
        List<ParamBlock> blocks = net.parameters();
        assertEquals(5, blocks.size());
        assertSame(net.layer(2).parameters().get(0), blocks.get(2));
        assertEquals(4 * 3 + 4 + 5, net.parameterCount());
    }

    @Test
    void backpropagationThroughItMatchesFiniteDifferences() {
        Network net = network(2);
        TrainingData data = data();
        int[] order = new int[data.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        TrainingConfig config = TrainingConfig.of(Loss.SQUARED_ERROR, 0.1, order.length)
                .withRegularization(Regularization.L2, 0.01);
        Objective.computeGradients(net, data, order, 0, order.length, config);
        double[] analytic = new double[net.parameterCount()];
        int at = 0;
        for (ParamBlock block : net.parameters()) {
            System.arraycopy(block.grads(), 0, analytic, at, block.size());
            at += block.size();
        }
        double h = 1e-6;
        at = 0;
        for (ParamBlock block : net.parameters()) {
            for (int i = 0; i < block.size(); i++, at++) {
                double keep = block.values()[i];
                block.values()[i] = keep + h;
                double up = objective(net, data, config);
                block.values()[i] = keep - h;
                double down = objective(net, data, config);
                block.values()[i] = keep;
                double numeric = (up - down) / (2 * h);
                double scale = Math.max(1.0, Math.max(Math.abs(numeric), Math.abs(analytic[at])));
                assertEquals(numeric, analytic[at], 1e-6 * scale, "parameter " + at);
            }
        }
    }

    private static double objective(Network net, TrainingData data, TrainingConfig config) {
        return Objective.evaluate(net, data, config.loss()).loss()
                + Objective.penalty(net, config.regularization(), config.regularizationRate());
    }

    @Test
    void everyOptimizerTrainsItsBlockAndTheLossFalls() {
        TrainingData data = data();
        int[] order = new int[data.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (OptimizerKind kind : OptimizerKind.values()) {
            Network net = network(3);
            double[] gainsBefore = net.layer(2).parameters().get(0).values().clone();
            TrainingConfig config = TrainingConfig.of(Loss.SQUARED_ERROR, kind == OptimizerKind.ADAM ? 0.03 : 0.1, 10)
                    .withOptimizer(kind);
            Optimizer optimizer = kind.create(net);
            double before = Objective.evaluate(net, data, config.loss()).loss();
            for (int epoch = 0; epoch < 200; epoch++) {
                for (int start = 0; start < order.length; start += 10) {
                    Objective.computeGradients(net, data, order, start, 10, config);
                    optimizer.applyGradientsInPlace(net, config.learningRate(), true);
                }
            }
            double after = Objective.evaluate(net, data, config.loss()).loss();
            assertTrue(after < 0.5 * before, kind + ": loss " + before + " -> " + after);
            assertNotEquals(gainsBefore[0], net.layer(2).parameters().get(0).values()[0], kind + " left the gains alone");
        }
    }

    @Test
    void theTrainerTrainsItFromAnArchitectureAndStopsItsDivergence() {
        Architecture arch = new Architecture(Shape.vector(2), List.of(new Dense.Spec(4, Activation.TANH, false),
                new GainSpec(), new Dense.Spec(1, Activation.IDENTITY, false)), Activation.TANH, Init.GLOROT);
        TrainingData data = data();
        Trainer trainer = new Trainer(arch, TrainingConfig.of(Loss.SQUARED_ERROR, 0.1, 10), data, data, 11);
        assertTrue(trainer.network().layer(2) instanceof Gain);
        double before = trainer.status().train().loss();
        StepResult after = trainer.trainEpochs(200);
        assertTrue(after.train().loss() < 0.5 * before, before + " -> " + after.train().loss());
        Network copy = arch.build(new Rng(11).split());
        Trainer again = new Trainer(arch, TrainingConfig.of(Loss.SQUARED_ERROR, 0.1, 10), data, data, 11);
        again.trainEpochs(200);
        assertEquals(trainer.network().fingerprint().value(), again.network().fingerprint().value());
        assertEquals(copy.parameterCount(), trainer.network().parameterCount());

        Architecture linearOut = new Architecture(arch.input(), arch.layers(), Activation.IDENTITY, Init.GLOROT);
        Trainer wild = new Trainer(linearOut, TrainingConfig.of(Loss.SQUARED_ERROR, 10.0, 1), data, data, 11);
        StepResult diverged = wild.trainEpochs(20);
        assertTrue(diverged.diverged(), "a learning rate of 10 must be caught as divergence");
        assertTrue(wild.network().parametersFinite(), "the weights go back to the last good ones");
    }

    @Test
    void theGridRunsItThroughTheDefaultBatchedPassWithTheSameBits() {
        Network net = network(4);
        int points = 300;
        GridEvaluator grid = new GridEvaluator(net, points);
        Rng rng = new Rng(9);
        double[] xs = new double[2 * points];
        for (int p = 0; p < points; p++) {
            xs[2 * p] = rng.uniform(-3, 3);
            xs[2 * p + 1] = rng.uniform(-3, 3);
            grid.inputs()[p] = xs[2 * p];
            grid.inputs()[points + p] = xs[2 * p + 1];
        }
        grid.evaluate(net, points);
        for (int p = 0; p < points; p++) {
            net.forward(xs, 2 * p);
            assertEquals(Double.doubleToRawLongBits(net.output()[0]), Double.doubleToRawLongBits(grid.value(3, 0, p)));
            for (int i = 0; i < 4; i++) {
                assertEquals(Double.doubleToRawLongBits(net.layerOutput(2)[i]),
                        Double.doubleToRawLongBits(grid.value(2, i, p)), "gain output " + i + " at point " + p);
            }
        }
    }

    @Test
    void theFingerprintAndTheParameterCopyIncludeIt() {
        Network a = network(5);
        Network b = network(5);
        assertEquals(a.fingerprint().value(), b.fingerprint().value());
        b.layer(2).parameters().get(0).values()[3] += 1e-9;
        assertNotEquals(a.fingerprint().value(), b.fingerprint().value());
        double[] saved = b.parameterBuffer();
        b.copyParametersTo(saved);
        a.copyParametersFrom(saved);
        assertEquals(a.fingerprint().value(), b.fingerprint().value());
    }

    @Test
    void aLayerThatDoesNotFitItsInputIsRefusedWithASentence() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Network(Shape.vector(2),
                List.of(new Dense.Spec(3, Activation.RELU, true), new Dense.Spec(1, Activation.IDENTITY, false)),
                Activation.IDENTITY, Init.UNIFORM, new Rng(1)));
        assertEquals("a skip connection adds the input to the output, so it needs 2 neurons (as many as its input), not 3",
                e.getMessage());
    }
}
