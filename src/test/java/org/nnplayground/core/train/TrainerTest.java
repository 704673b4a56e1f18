package org.nnplayground.core.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.nn.Loss;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.nn.NetworkSpec;
import org.nnplayground.core.nn.layer.Activation;

class TrainerTest {
    private static final NetworkSpec SMALL = NetworkSpec.of(2, new int[] {3}, Activation.TANH, 1, Activation.TANH);

    private static TrainingData randomData(int n, long seed) {
        Rng rng = new Rng(seed);
        double[] x = new double[2 * n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            x[2 * i] = rng.uniform(-1, 1);
            x[2 * i + 1] = rng.uniform(-1, 1);
            labels[i] = x[2 * i] * x[2 * i + 1] > 0 ? 1 : 0;
        }
        return TrainingData.classification(n, 2, x, labels, 2, 1, Activation.TANH);
    }

    private static Trainer trainer(int n, int batch) {
        return new Trainer(SMALL, TrainingConfig.of(Loss.SQUARED_ERROR, 0.1, batch), randomData(n, 1), randomData(5, 2), 42);
    }

    @Test
    void anEpochOfPartialBatchesVisitsEverySampleOnce() {
        Trainer t = trainer(10, 4); // batches of 4, 4, 2
        t.trainBatches(2);
        assertEquals(8, t.samplesIntoEpoch());
        assertEquals(0, t.epoch());
        StepResult r = t.trainBatches(1);
        assertEquals(1, r.epoch());
        assertEquals(0, t.samplesIntoEpoch());
        assertEquals(10, r.sampleUpdates());
    }

    @Test
    void thePartialLastBatchIsAveragedOverItsOwnSize() {
        // One sample, batch size 4: the single-sample batch must give the same step as batch size 1.
        Trainer big = trainer(1, 4);
        Trainer one = trainer(1, 1);
        big.trainEpochs(3);
        one.trainEpochs(3);
        assertEquals(one.network().fingerprint().value(), big.network().fingerprint().value());
    }

    @Test
    void batchStepsAndEpochStepsGiveTheSameBits() {
        Trainer byBatch = trainer(10, 3); // 4 batches per epoch
        Trainer byEpoch = trainer(10, 3);
        byBatch.trainBatches(4 * 5);
        byEpoch.trainEpochs(5);
        assertEquals(byEpoch.network().fingerprint().hex(), byBatch.network().fingerprint().hex());
    }

    @Test
    void resetGivesBackTheIdenticalInitialWeights() {
        Trainer t = trainer(20, 5);
        String initial = t.network().fingerprint().hex();
        t.trainEpochs(10);
        assertNotEquals(initial, t.network().fingerprint().hex());
        t.reset();
        assertEquals(initial, t.network().fingerprint().hex());
        assertEquals(0, t.epoch());
    }

    @Test
    void changingTheLearningRateOrOptimizerKeepsTheWeights() {
        Trainer t = trainer(20, 5);
        t.trainEpochs(3);
        String trained = t.network().fingerprint().hex();
        t.setConfig(t.config().withLearningRate(0.01).withOptimizer(OptimizerKind.ADAM));
        assertEquals(trained, t.network().fingerprint().hex());
        assertEquals(3, t.epoch());
        t.trainEpochs(1);
        assertNotEquals(trained, t.network().fingerprint().hex());
    }

    @Test
    void everyOptimizerLowersTheLoss() {
        for (OptimizerKind kind : OptimizerKind.values()) {
            Trainer t = new Trainer(SMALL, TrainingConfig.of(Loss.SQUARED_ERROR, kind == OptimizerKind.ADAM ? 0.01 : 0.05, 10)
                    .withOptimizer(kind), randomData(200, 3), randomData(50, 4), 9);
            double before = t.status().train().loss();
            double after = t.trainEpochs(100).train().loss();
            assertTrue(after < 0.5 * before, kind + ": loss " + before + " -> " + after);
        }
    }

    @Test
    void sgdStepIsLearningRateTimesGradient() {
        NetworkSpec node = NetworkSpec.of(1, new int[0], Activation.IDENTITY, 1, Activation.IDENTITY);
        TrainingData one = TrainingData.regression(1, 1, new double[] {2.0}, 1, new double[] {3.0});
        Trainer t = new Trainer(node, TrainingConfig.of(Loss.SQUARED_ERROR, 0.1, 1), one, one, 5);
        Network n = t.network();
        double w = n.weightBlock(1).values()[0];
        double b = n.biasBlock(1).values()[0];
        double out = w * 2.0 + b;
        t.trainBatches(1);
        // dL/dw = 2 (out - y) x and dL/db = 2 (out - y), as in the article.
        assertEquals(w - 0.1 * 2 * (out - 3.0) * 2.0, n.weightBlock(1).values()[0], 1e-15);
        assertEquals(b - 0.1 * 2 * (out - 3.0), n.biasBlock(1).values()[0], 1e-15);
    }

    @Test
    void adamsFirstStepHasTheSizeOfTheLearningRate() {
        NetworkSpec node = NetworkSpec.of(1, new int[0], Activation.IDENTITY, 1, Activation.IDENTITY);
        TrainingData one = TrainingData.regression(1, 1, new double[] {2.0}, 1, new double[] {3.0});
        Trainer t = new Trainer(node, TrainingConfig.of(Loss.SQUARED_ERROR, 0.01, 1).withOptimizer(OptimizerKind.ADAM),
                one, one, 5);
        double w = t.network().weightBlock(1).values()[0];
        t.trainBatches(1);
        // Bias-corrected m / sqrt(v) is sign(g) on the first step.
        assertEquals(0.01, Math.abs(t.network().weightBlock(1).values()[0] - w), 1e-9);
    }

    @Test
    void regularizationShrinksWeights() {
        Trainer plain = trainer(50, 10);
        Trainer l2 = new Trainer(SMALL, TrainingConfig.of(Loss.SQUARED_ERROR, 0.1, 10).withRegularization(Regularization.L2, 0.3),
                randomData(50, 1), randomData(5, 2), 42);
        plain.trainEpochs(200);
        l2.trainEpochs(200);
        assertTrue(sumAbsWeights(l2.network()) < sumAbsWeights(plain.network()));
    }

    private static double sumAbsWeights(Network n) {
        double sum = 0;
        for (int l = 1; l <= n.layerCount(); l++) {
            for (double w : n.weightBlock(l).values()) {
                sum += Math.abs(w);
            }
        }
        return sum;
    }

    @Test
    void classificationMetricsCountRightAnswers() {
        Trainer t = trainer(100, 10);
        StepResult r = t.trainEpochs(300);
        assertTrue(r.train().hasAccuracy());
        assertTrue(r.train().accuracy() > 0.9, "accuracy " + r.train().accuracy());
        assertEquals(100, r.train().count());
        assertEquals(5, r.test().count());
    }

    @Test
    void mismatchedLossAndOutputAreRejectedWithTheReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Trainer(SMALL,
                TrainingConfig.of(Loss.SOFTMAX_CROSS_ENTROPY, 0.1, 1), randomData(4, 1), randomData(1, 1), 1));
        assertTrue(e.getMessage().contains("softmax"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Trainer(SMALL,
                TrainingConfig.of(Loss.BINARY_CROSS_ENTROPY, 0.1, 1), randomData(4, 1), randomData(1, 1), 1));
        assertTrue(e.getMessage().contains("sigmoid"), e.getMessage());
    }

    @Test
    void wrongDataShapeIsRejected() {
        TrainingData threeInputs = TrainingData.regression(1, 3, new double[3], 1, new double[1]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Trainer(SMALL,
                TrainingConfig.of(Loss.SQUARED_ERROR, 0.1, 1), threeInputs, threeInputs, 1));
        assertTrue(e.getMessage().contains("2 inputs"), e.getMessage());
    }

    @Test
    void aHugeLearningRateStopsTrainingWithFiniteWeights() {
        TrainingData data = randomData(50, 1);
        NetworkSpec linear = NetworkSpec.of(2, new int[] {4}, Activation.RELU, 1, Activation.IDENTITY);
        Trainer t = new Trainer(linear, TrainingConfig.of(Loss.SQUARED_ERROR, 10, 1), data, data, 1);
        StepResult r = t.trainEpochs(100);
        assertTrue(r.diverged());
        assertTrue(t.network().parametersFinite());
        assertTrue(Double.isFinite(r.train().loss()));
        double[] before = t.network().weightBlock(1).values().clone();
        t.trainEpochs(5);
        assertArrayEquals(before, t.network().weightBlock(1).values(), "a diverged trainer does not move until reconfigured");
    }

    @Test
    void restoredWeightsGiveTheSameNetworkAndEpoch() {
        Trainer trained = trainer(20, 5);
        trained.trainEpochs(7);
        double[] w = trained.network().parameterBuffer();
        trained.network().copyParametersTo(w);
        Trainer fresh = trainer(20, 5);
        fresh.restore(w, 7);
        assertEquals(trained.network().fingerprint().hex(), fresh.network().fingerprint().hex());
        assertEquals(7, fresh.epoch());
        assertEquals(trained.status().train().loss(), fresh.status().train().loss());
        double[] bad = w.clone();
        bad[0] = Double.NaN;
        assertThrows(IllegalArgumentException.class, () -> fresh.restore(bad, 1));
        assertTrue(fresh.network().parametersFinite(), "a refused restore leaves a usable network");
        assertThrows(IllegalArgumentException.class, () -> fresh.restore(new double[3], 1));
    }
}
