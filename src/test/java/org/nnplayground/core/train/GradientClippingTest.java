package org.nnplayground.core.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.data.sequence.RunningSum;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.nn.Loss;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.nn.NetworkSpec;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.nn.layer.Elman;
import org.nnplayground.core.nn.layer.Init;
import org.nnplayground.core.nn.layer.ParamBlock;
import org.nnplayground.core.nn.layer.Shape;
import org.nnplayground.core.nn.layer.StepDense;
import org.nnplayground.core.nn.layer.StepOutput;

/**
 * Clipping by global norm, for every optimizer: a step with clipping is the optimizer's step on the
 * gradient scaled to the threshold; a threshold above the gradient's norm, or 0, changes nothing,
 * bit for bit; the trainer applies the config's threshold.
 */
class GradientClippingTest {
    private static final TrainingData DATA = TrainingSets.from(new RunningSum(6, false, 0.0).generate(8, new Rng(1)));

    private static Network network() {
        return new Network(Shape.of(6, 1), List.of(Elman.Spec.tanh(5, StepOutput.EVERY_STEP),
                new StepDense.Spec(1, Activation.IDENTITY)), Activation.IDENTITY, Init.GLOROT, new Rng(2));
    }

    private static double gradients(Network net, TrainingConfig config) {
        int[] order = {0, 1, 2, 3, 4, 5, 6, 7};
        Objective.computeGradients(net, DATA, order, 0, 8, config);
        return GradientClipping.globalNorm(net, true);
    }

    private static double[] parameters(Network net) {
        double[] p = net.parameterBuffer();
        net.copyParametersTo(p);
        return p;
    }

    @ParameterizedTest
    @EnumSource(OptimizerKind.class)
    void aClippedStepIsTheStepOnTheScaledGradient(OptimizerKind kind) {
        TrainingConfig config = TrainingConfig.of(Loss.SQUARED_ERROR, 0.05, 8).withOptimizer(kind);
        Network clipped = network();
        Network scaled = network();
        Optimizer a = kind.create(clipped);
        Optimizer b = kind.create(scaled);
        for (int step = 0; step < 3; step++) {
            double norm = gradients(clipped, config);
            double threshold = norm / 4;
            assertTrue(norm > 1.0, "a gradient worth clipping: " + norm);
            gradients(scaled, config);
            for (ParamBlock block : scaled.parameters()) {
                double[] g = block.grads();
                for (int i = 0; i < g.length; i++) {
                    g[i] *= threshold / norm;
                }
            }
            a.applyGradientsInPlace(clipped, config.learningRate(), true, threshold);
            assertEquals(threshold, GradientClipping.globalNorm(clipped, true), threshold * 1e-12,
                    "the gradient was scaled to the threshold");
            b.applyGradientsInPlace(scaled, config.learningRate(), true);
            assertArrayEquals(parameters(scaled), parameters(clipped), kind + " step " + step);
        }
    }

    @ParameterizedTest
    @EnumSource(OptimizerKind.class)
    void aThresholdAboveTheNormOrZeroChangesNothing(OptimizerKind kind) {
        TrainingConfig config = TrainingConfig.of(Loss.SQUARED_ERROR, 0.05, 8).withOptimizer(kind);
        Network plain = network();
        Network high = network();
        Network off = network();
        Optimizer p = kind.create(plain);
        Optimizer h = kind.create(high);
        Optimizer o = kind.create(off);
        for (int step = 0; step < 3; step++) {
            double norm = gradients(plain, config);
            gradients(high, config);
            gradients(off, config);
            p.applyGradientsInPlace(plain, 0.05, true);
            h.applyGradientsInPlace(high, 0.05, true, norm * 1.01);
            o.applyGradientsInPlace(off, 0.05, true, 0.0);
            assertArrayEquals(parameters(plain), parameters(high));
            assertArrayEquals(parameters(plain), parameters(off));
        }
    }

    @Test
    void withoutBiasUpdatesTheBiasesAreLeftOutOfTheNorm() {
        Network net = network();
        gradients(net, TrainingConfig.of(Loss.SQUARED_ERROR, 0.05, 8));
        double withBiases = GradientClipping.globalNorm(net, true);
        double weightsOnly = GradientClipping.globalNorm(net, false);
        assertTrue(weightsOnly < withBiases);
        GradientClipping.clipInPlace(net, weightsOnly / 2, false);
        assertEquals(weightsOnly / 2, GradientClipping.globalNorm(net, false), 1e-12);
    }

    @Test
    void theTrainerAppliesTheConfigsThreshold() {
        NetworkSpec spec = NetworkSpec.of(2, new int[] {4}, Activation.TANH, 1, Activation.IDENTITY);
        Rng rng = new Rng(3);
        double[] x = new double[40];
        double[] y = new double[20];
        for (int i = 0; i < 20; i++) {
            x[2 * i] = rng.uniform(-1, 1);
            x[2 * i + 1] = rng.uniform(-1, 1);
            y[i] = 3 * x[2 * i] - x[2 * i + 1];
        }
        TrainingData data = TrainingData.regression(20, 2, x, 1, y);
        TrainingConfig config = TrainingConfig.of(Loss.SQUARED_ERROR, 0.1, 5);
        Trainer plain = new Trainer(spec, config, data, data, 4);
        Trainer huge = new Trainer(spec, config.withClipNorm(1e6), data, data, 4);
        Trainer tight = new Trainer(spec, config.withClipNorm(0.01), data, data, 4);
        plain.trainEpochs(3);
        huge.trainEpochs(3);
        tight.trainEpochs(3);
        assertEquals(plain.network().fingerprint().value(), huge.network().fingerprint().value());
        assertFalse(plain.network().fingerprint().value() == tight.network().fingerprint().value());
    }

    @Test
    void refusesANegativeOrHugeThreshold() {
        TrainingConfig config = TrainingConfig.of(Loss.SQUARED_ERROR, 0.1, 5);
        assertEquals(0.0, config.clipNorm());
        assertFalse(config.clips());
        assertTrue(config.withClipNorm(1.0).clips());
        assertEquals("gradient clipping: -1.0 is not allowed; use 0 (off) or a norm greater than 0 and at most 1000000.0",
                assertThrows(IllegalArgumentException.class, () -> config.withClipNorm(-1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> config.withClipNorm(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> config.withClipNorm(2e6));
    }
}
