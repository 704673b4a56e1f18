package org.nnplayground.core.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.nn.AffineMap;
import org.nnplayground.core.nn.LinearCollapse;
import org.nnplayground.core.nn.Loss;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.nn.NetworkSpec;
import org.nnplayground.core.nn.layer.Activation;

/** The introductory article's lessons, as the core runs them. */
class ArticleLessonsTest {
    private static final NetworkSpec ONE_NODE = NetworkSpec.of(1, new int[0], Activation.IDENTITY, 1, Activation.IDENTITY);

    /** x = 0, 1, ..., n-1 scaled by {@code scale}, with y = x. */
    private static TrainingData identityLine(int n, double scale) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i * scale;
        }
        return TrainingData.regression(n, 1, x, 1, x);
    }

    @Test
    void oneNodeLearnsTheIdentityByGradientDescent() {
        TrainingData data = identityLine(21, 0.05); // x in [0, 1]
        Trainer trainer = new Trainer(ONE_NODE, TrainingConfig.of(Loss.SQUARED_ERROR, 0.1, 1), data,
                identityLine(0, 1), 7);
        StepResult result = trainer.trainEpochs(300);
        double w = trainer.network().weightBlock(1).values()[0];
        double b = trainer.network().biasBlock(1).values()[0];
        assertFalse(result.diverged());
        assertEquals(1.0, w, 1e-3, "weight");
        assertEquals(0.0, b, 1e-3, "bias");
        assertTrue(result.train().loss() < 1e-6, "loss " + result.train().loss());
    }

    @Test
    void theArticlesLoopDivergesAndTheTrainerSaysSo() {
        // x = 0..99, y = x, learning rate 0.01, one sample at a time, in order, only the weight learns.
        TrainingConfig articleLoop = TrainingConfig.of(Loss.SQUARED_ERROR, 0.01, 1).withUpdateBiases(false).withShuffle(false);
        Trainer trainer = new Trainer(ONE_NODE, articleLoop, identityLine(100, 1.0), identityLine(0, 1), 1);
        double biasBefore = trainer.network().biasBlock(1).values()[0];
        StepResult result = trainer.trainEpochs(10);

        assertTrue(result.diverged(), "the article's loop must diverge");
        Divergence d = result.divergence();
        assertEquals(0, d.epoch(), "it diverges within the first epoch");
        // The trainer tries smaller rates from the restored weights and offers the first that trains
        // well: the article's own fix, 0.0001 (0.003 and 0.0003 still swing the loss up).
        assertEquals(0.0001, d.suggestedLearningRate(), 1e-12);
        assertTrue(d.suggestsScalingInputs(), "inputs up to 99 should be scaled");
        assertTrue(d.message().contains("learning rate of 0.0001 (it is 0.01)"), d.message());
        assertTrue(d.message().contains("scale the inputs"), d.message());
        assertTrue(trainer.network().parametersFinite(), "weights are restored to finite values");
        assertTrue(Double.isFinite(result.train().loss()), "the reported loss is finite");
        assertEquals(biasBefore, trainer.network().biasBlock(1).values()[0], "the bias never moves");
        assertEquals(0, result.epoch());

        // Training stays stopped until the configuration changes ...
        assertTrue(trainer.trainEpochs(1).diverged());
        // ... and the article's fix (a small enough rate) then converges, still updating only the weight.
        trainer.setConfig(articleLoop.withLearningRate(d.suggestedLearningRate()));
        StepResult fixed = trainer.trainEpochs(20);
        assertFalse(fixed.diverged());
        assertEquals(1.0, trainer.network().weightBlock(1).values()[0], 0.01);
        assertTrue(fixed.train().loss() < 0.01, "loss " + fixed.train().loss());
    }

    @Test
    void scaledInputsFixTheArticlesLoop() {
        TrainingConfig loop = TrainingConfig.of(Loss.SQUARED_ERROR, 0.01, 1).withUpdateBiases(false).withShuffle(false);
        Trainer trainer = new Trainer(ONE_NODE, loop, identityLine(100, 0.01), identityLine(0, 1), 1);
        StepResult result = trainer.trainEpochs(200);
        assertFalse(result.diverged());
        assertTrue(result.train().loss() < 0.01, "loss " + result.train().loss());
    }

    @Test
    void twoIdentityNodesInSeriesAreOneNode() {
        NetworkSpec two = NetworkSpec.of(1, new int[] {1}, Activation.IDENTITY, 1, Activation.IDENTITY);
        Network network = new Network(two, new Rng(3));
        double w1 = network.weightBlock(1).values()[0];
        double b1 = network.biasBlock(1).values()[0];
        double w2 = network.weightBlock(2).values()[0];
        double b2 = network.biasBlock(2).values()[0];
        AffineMap map = LinearCollapse.of(network);
        assertEquals(w1 * w2, map.weight(0, 0), 1e-15);
        assertEquals(w2 * b1 + b2, map.bias(0), 1e-15);
        for (double x = -3; x <= 3; x += 0.5) {
            double viaNetwork = network.forward(new double[] {x}, 0)[0];
            assertEquals(viaNetwork, map.apply(new double[] {x})[0], 1e-12);
        }
        assertNotNull(map);
    }
}
