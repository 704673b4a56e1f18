package org.nnplayground.core.train;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.data.sequence.Echo;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.nn.Loss;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.nn.layer.Elman;
import org.nnplayground.core.nn.layer.Init;
import org.nnplayground.core.nn.layer.Shape;
import org.nnplayground.core.nn.layer.StepDense;
import org.nnplayground.core.nn.layer.StepOutput;

/**
 * Exploding gradients through time: plain SGD on an Elman network over echo sequences of 30 steps,
 * whose gradient sums contributions from every step, overshoots until the loss explodes, and the
 * trainer's divergence rule ({@link Divergence#reasonFor}) stops the run; the same run with the
 * gradient clipped to norm 1 does not trip it and learns the echo. The trainer itself cannot run a
 * network built from layer specs yet, so the run goes through {@link SequenceFit} (objective,
 * optimizer and the trainer's rule).
 *
 * <p>Measured: unclipped, the loss passes a million times its start within the first epochs;
 * clipped, it falls from 17.6 to about 0.18 in 15 epochs.
 */
class RecurrentDivergenceTest {
    private static Network network() {
        return new Network(Shape.of(30, 1), List.of(new Elman.Spec(16, Activation.TANH, StepOutput.EVERY_STEP, 0),
                new StepDense.Spec(1, Activation.IDENTITY)), Activation.IDENTITY, Init.GLOROT, new Rng(5));
    }

    private static TrainingData data() {
        return TrainingSets.from(new Echo(30, 2, 0.0).generate(64, new Rng(6)));
    }

    @Test
    void anExplodingRunIsCaughtAndClippingCuresIt() {
        TrainingConfig config = TrainingConfig.of(Loss.SQUARED_ERROR, 0.03, 8);
        SequenceFit wild = new SequenceFit(network(), data(), config, 7);
        wild.train(15);
        assertNotNull(wild.stopped, "the unclipped run diverges");
        assertTrue(wild.stoppedInEpoch < 15);
        SequenceFit tame = new SequenceFit(network(), data(), config.withClipNorm(1.0), 7);
        double before = tame.loss();
        double after = tame.train(15);
        assertNull(tame.stopped, "the clipped run does not diverge");
        assertTrue(tame.largestNorm > 1.0, "clipping was at work: gradient norms up to " + tame.largestNorm);
        assertTrue(after < before / 20, "the clipped run learns: " + before + " -> " + after);
    }
}
