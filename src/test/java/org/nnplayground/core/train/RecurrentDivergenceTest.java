package org.nnplayground.core.train;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.data.sequence.Echo;
import org.nnplayground.core.data.sequence.SequenceSplit;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.nn.Architecture;
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
 * whose gradient sums contributions from every step, overshoots until the loss explodes. The
 * trainer catches it as it catches any divergence (weights put back, a smaller learning rate
 * offered); the same run with the gradient clipped to norm 1 does not diverge and learns the echo.
 * The same rule, {@link Divergence#reasonFor}, stops a hand-written loop ({@link SequenceFit}).
 */
class RecurrentDivergenceTest {
    private static final Architecture ELMAN = new Architecture(Shape.of(30, 1), List.of(
            new Elman.Spec(16, Activation.TANH, StepOutput.EVERY_STEP, 0), new StepDense.Spec(1, Activation.IDENTITY)),
            Activation.IDENTITY, Init.GLOROT);
    private static final SequenceSplit ECHO = new Echo(30, 2, 0.0).split(80, 0.8, 6);
    private static final TrainingConfig SGD = TrainingConfig.of(Loss.SQUARED_ERROR, 0.03, 8);

    @Test
    void theTrainerCatchesAnExplodingRecurrentRunAndClippingCuresIt() {
        TrainingData train = TrainingSets.from(ECHO.train());
        TrainingData test = TrainingSets.from(ECHO.test());
        Trainer wild = new Trainer(ELMAN, SGD, train, test, 7);
        StepResult wildEnd = wild.trainEpochs(15);
        assertNotNull(wild.divergence(), "the unclipped run diverges");
        assertTrue(wild.network().parametersFinite(), "the weights were put back");
        assertTrue(wildEnd.divergence().message().startsWith("Training diverged in epoch"), wildEnd.divergence().message());
        Trainer tame = new Trainer(ELMAN, SGD.withClipNorm(1.0), train, test, 7);
        double before = tame.status().train().loss();
        StepResult end = tame.trainEpochs(15);
        assertNull(tame.divergence(), "the clipped run does not diverge");
        assertTrue(end.train().loss() < before / 20, "the clipped run learns: " + before + " -> " + end.train().loss());
    }

    @Test
    void aHandWrittenLoopStopsByTheSameRule() {
        Network net = ELMAN.build(new Rng(5));
        SequenceFit wild = new SequenceFit(net, TrainingSets.from(ECHO.train()), SGD, 7);
        wild.train(15);
        assertNotNull(wild.stopped);
        SequenceFit tame = new SequenceFit(ELMAN.build(new Rng(5)), TrainingSets.from(ECHO.train()), SGD.withClipNorm(1.0), 7);
        double before = tame.loss();
        double after = tame.train(15);
        assertNull(tame.stopped);
        assertTrue(tame.largestNorm > 1.0, "clipping was at work: gradient norms up to " + tame.largestNorm);
        assertTrue(after < before / 20, before + " -> " + after);
    }
}
