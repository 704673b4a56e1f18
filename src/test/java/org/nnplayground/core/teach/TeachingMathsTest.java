package org.nnplayground.core.teach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.nn.Loss;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.nn.NetworkSpec;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.nn.layer.Init;
import org.nnplayground.core.train.Objective;
import org.nnplayground.core.train.Trainer;
import org.nnplayground.core.train.TrainingConfig;
import org.nnplayground.core.train.TrainingData;

class TeachingMathsTest {
    private static final NetworkSpec NODE = NetworkSpec.of(1, new int[0], Activation.IDENTITY, 1, Activation.IDENTITY);

    private static TrainingData noisyLine(int n, long seed) {
        Rng rng = new Rng(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rng.uniform(-2, 3);
            y[i] = 1.5 * x[i] - 0.7 + rng.gaussian(0, 0.3);
        }
        return TrainingData.regression(n, 1, x, 1, y);
    }

    @Test
    void theLandscapeIsTheTrainersLossAndItsGradient() {
        TrainingData data = noisyLine(40, 1);
        LossLandscape landscape = new LossLandscape(data);
        Network node = new Network(NODE, new Rng(2));
        Rng rng = new Rng(3);
        for (int k = 0; k < 50; k++) {
            double w = rng.uniform(-3, 3);
            double b = rng.uniform(-3, 3);
            node.weightBlock(1).values()[0] = w;
            node.biasBlock(1).values()[0] = b;
            double expected = Objective.evaluate(node, data, Loss.SQUARED_ERROR).loss();
            assertEquals(expected, landscape.loss(w, b), 1e-9 * (1 + expected));
            int[] all = new int[data.size()];
            for (int i = 0; i < all.length; i++) {
                all[i] = i;
            }
            Objective.computeGradients(node, data, all, 0, all.length, TrainingConfig.of(Loss.SQUARED_ERROR, 0.1, 40));
            assertEquals(node.weightBlock(1).grads()[0], landscape.gradientW(w, b), 1e-9);
            assertEquals(node.biasBlock(1).grads()[0], landscape.gradientB(w, b), 1e-9);
        }
        double[] min = landscape.minimum();
        assertEquals(0.0, landscape.gradientW(min[0], min[1]), 1e-9);
        assertEquals(0.0, landscape.gradientB(min[0], min[1]), 1e-9);
        assertEquals(1.5, min[0], 0.1);
        double[] grid = landscape.grid(-1, 3, -2, 1, 20);
        assertEquals(400, grid.length);
        assertEquals(landscape.loss(-1 + 0.1, 1 - 0.075), grid[0], 1e-12);
    }

    @Test
    void theInspectorShowsTheStepTheTrainerTakes() {
        TrainingData data = noisyLine(10, 4);
        TrainingConfig config = TrainingConfig.of(Loss.SQUARED_ERROR, 0.05, 1).withShuffle(false);
        Trainer trainer = new Trainer(NODE, config, data, data, 9);
        StepInspector.Step step = StepInspector.step(trainer.network(), data, 0, config);
        trainer.trainBatches(1);
        assertEquals(trainer.network().weightBlock(1).values()[0], step.newW(), 1e-15);
        assertEquals(trainer.network().biasBlock(1).values()[0], step.newB(), 1e-15);
        assertEquals(2 * (step.out() - step.y()) * step.x(), step.gradW(), 1e-15);
        String text = step.text();
        assertTrue(text.contains("dL/dw = 2 (out - y) x = "), text);
        assertTrue(text.contains("w ← w - α dL/dw = "), text);
        StepInspector.Step frozen = StepInspector.step(trainer.network(), data, 3, config.withUpdateBiases(false));
        assertEquals(frozen.b(), frozen.newB());
        assertTrue(frozen.text().contains("the bias does not learn"), frozen.text());
        Network deep = new Network(NetworkSpec.of(1, new int[] {2}, Activation.IDENTITY, 1, Activation.IDENTITY), new Rng(1));
        assertFalse(StepInspector.applies(deep));
        assertThrows(IllegalArgumentException.class, () -> StepInspector.step(deep, data, 0, config));
    }

    @Test
    void aLinearStackMatchesItsCollapseAndAReluLayerBreaksIt() {
        TrainingData data = noisyLine(30, 5);
        NetworkSpec linear = NetworkSpec.of(1, new int[] {3, 3, 3}, Activation.IDENTITY, 1, Activation.IDENTITY)
                .withInit(Init.GLOROT);
        Network network = new Network(linear, new Rng(6));
        CollapseMeter.Reading straight = CollapseMeter.read(network, data);
        assertTrue(straight.linear());
        assertTrue(straight.largestGap() < 1e-12, "gap " + straight.largestGap());
        Network bent = new Network(linear.withHiddenActivation(1, Activation.RELU), new Rng(6));
        CollapseMeter.Reading reading = CollapseMeter.read(bent, data);
        assertFalse(reading.linear());
        assertTrue(reading.largestGap() > 1e-3, "gap " + reading.largestGap());
    }

    @Test
    void gradientsVanishInADeepSigmoidStackAndSkipConnectionsKeepThem() {
        Rng rng = new Rng(8);
        int n = 64;
        double[] x = new double[2 * n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[2 * i] = rng.uniform(-1, 1);
            x[2 * i + 1] = rng.uniform(-1, 1);
            y[i] = x[2 * i] * x[2 * i + 1];
        }
        TrainingData data = TrainingData.regression(n, 2, x, 1, y);
        int[] hidden = {4, 4, 4, 4, 4, 4, 4, 4, 4, 4};
        NetworkSpec plain = NetworkSpec.of(2, hidden, Activation.SIGMOID, 1, Activation.IDENTITY).withInit(Init.GLOROT);
        TrainingConfig config = TrainingConfig.of(Loss.SQUARED_ERROR, 0.1, 10);
        GradientFlow flow = new GradientFlow(data);
        double[] without = flow.measure(new Network(plain, new Rng(1)), data, config);
        double[] with = flow.measure(new Network(plain.withSkip(true), new Rng(1)), data, config);
        double ratioWithout = without[0] / without[without.length - 1];
        double ratioWith = with[0] / with[with.length - 1];
        assertTrue(ratioWithout < 1e-3, "first/last layer gradient without skips " + ratioWithout);
        assertTrue(ratioWith > 100 * ratioWithout, "skips keep the first layers learning: " + ratioWith);
    }
}
