package org.nnplayground.core.train;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.data.sequence.AddingProblem;
import org.nnplayground.core.data.sequence.CharVocabulary;
import org.nnplayground.core.data.sequence.DefaultText;
import org.nnplayground.core.data.sequence.Echo;
import org.nnplayground.core.data.sequence.NextCharacter;
import org.nnplayground.core.data.sequence.Parity;
import org.nnplayground.core.data.sequence.RunningSum;
import org.nnplayground.core.data.sequence.SequenceSplit;
import org.nnplayground.core.data.sequence.SequenceTask;
import org.nnplayground.core.data.sequence.SineContinuation;
import org.nnplayground.core.nn.Loss;
import org.nnplayground.core.nn.Architecture;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.nn.layer.Dense;
import org.nnplayground.core.nn.layer.Elman;
import org.nnplayground.core.nn.layer.Embedding;
import org.nnplayground.core.nn.layer.Gru;
import org.nnplayground.core.nn.layer.Init;
import org.nnplayground.core.nn.layer.LayerSpec;
import org.nnplayground.core.nn.layer.Lstm;
import org.nnplayground.core.nn.layer.Shape;
import org.nnplayground.core.nn.layer.StepDense;
import org.nnplayground.core.nn.layer.StepOutput;

/**
 * Small recurrent networks learn each sequence task within a fixed number of epochs, trained by the
 * {@link Trainer}: the material of the lessons. Each run is seeded (data 1, trainer 2), trained with
 * Adam on 80 % of the sequences in batches of 10, and judged on the held-out 20 % against a bound well above what it
 * reaches and well below where it starts. Losses are per sequence: summed over the steps that have
 * targets (see {@link Loss}); the figures in the comments are the training run's end, measured.
 */
class SequenceLearningTest {
    private static final StepDense.Spec ONE_PER_STEP = new StepDense.Spec(1, Activation.IDENTITY);
    private static final Dense.Spec ONE_AT_THE_END = new Dense.Spec(1, Activation.IDENTITY, false);

    /** The test loss after training; asserts that training did not diverge and that the loss fell below a tenth of its start. */
    private static double testLossAfter(SequenceTask task, int count, List<LayerSpec> layers, Activation out, Loss loss,
                                        double learningRate, int epochs) {
        return testLossAfter(task, count, layers, out, loss, learningRate, epochs, 10);
    }

    /** The same, the loss falling below 1 / {@code factor} of its start. */
    private static double testLossAfter(SequenceTask task, int count, List<LayerSpec> layers, Activation out, Loss loss,
                                        double learningRate, int epochs, double factor) {
        SequenceSplit split = task.split(count, 0.8, 1);
        Architecture architecture = new Architecture(Shape.of(split.train().steps(), split.train().inputFeatures()), layers,
                out, Init.GLOROT);
        TrainingConfig config = TrainingConfig.of(loss, learningRate, 10).withOptimizer(OptimizerKind.ADAM);
        Trainer trainer = new Trainer(architecture, config, TrainingSets.from(split.train()), TrainingSets.from(split.test()), 2);
        double start = trainer.status().test().loss();
        StepResult result = trainer.trainEpochs(epochs);
        assertNull(result.divergence());
        double end = result.test().loss();
        assertTrue(end < start / factor, task.getClass().getSimpleName() + ": test loss " + start + " -> " + end);
        return end;
    }

    private static void assertBelow(double bound, double loss, String what) {
        assertTrue(loss < bound, what + ": test loss " + loss + ", expected below " + bound);
    }

    @Test
    void elmanEchoesABitOneAndTwoStepsLater() {
        // 10 steps, 200 sequences, 20 epochs: from 7.2 to 0.0003 (delay 1) and from 5.7 to 0.0004 (delay 2).
        for (int delay = 1; delay <= 2; delay++) {
            double loss = testLossAfter(new Echo(10, delay, 0.0), 200, List.of(Elman.Spec.tanh(8, StepOutput.EVERY_STEP),
                    ONE_PER_STEP), Activation.IDENTITY, Loss.SQUARED_ERROR, 0.03, 20);
            assertBelow(0.02, loss, "echo, delay " + delay);
        }
    }

    @Test
    void gruLearnsRunningParity() {
        // 8 steps: from 2.9 to 0.0002 in 30 epochs.
        double loss = testLossAfter(new Parity(8, false, 0.0), 200, List.of(new Gru.Spec(8, StepOutput.EVERY_STEP, 0),
                ONE_PER_STEP), Activation.IDENTITY, Loss.SQUARED_ERROR, 0.03, 30);
        assertBelow(0.01, loss, "running parity");
    }

    @Test
    void lstmLearnsParityGivenOnlyAtTheEnd() {
        // 4 steps: from 0.53 to 0.000001 in 48 epochs, after a plateau near 0.25 (a guess of 1/2) that takes most of them.
        double loss = testLossAfter(new Parity(4, true, 0.0), 200, List.of(new Lstm.Spec(8, StepOutput.LAST_STEP, 0),
                ONE_AT_THE_END), Activation.IDENTITY, Loss.SQUARED_ERROR, 0.03, 48);
        assertBelow(0.02, loss, "final parity");
    }

    @Test
    void elmanCountsAndSums() {
        // 10 steps, 40 epochs: counting from 87 to 0.28, summing from 13.1 to 0.09.
        double count = testLossAfter(new RunningSum(10, true, 0.0), 200, List.of(Elman.Spec.tanh(4, StepOutput.EVERY_STEP),
                ONE_PER_STEP), Activation.IDENTITY, Loss.SQUARED_ERROR, 0.03, 40);
        assertBelow(1.0, count, "running count");
        double sum = testLossAfter(new RunningSum(10, false, 0.0), 200, List.of(Elman.Spec.tanh(4, StepOutput.EVERY_STEP),
                ONE_PER_STEP), Activation.IDENTITY, Loss.SQUARED_ERROR, 0.01, 40);
        assertBelow(0.5, sum, "running sum");
    }

    @Test
    void lstmSolvesTheAddingProblemOverTenSteps() {
        // From 1.09 to 0.007 in 20 epochs; always answering 1 would score about 1/6.
        double loss = testLossAfter(new AddingProblem(10, 0.0), 300, List.of(new Lstm.Spec(8, StepOutput.LAST_STEP, 0),
                ONE_AT_THE_END), Activation.IDENTITY, Loss.SQUARED_ERROR, 0.01, 20);
        assertBelow(0.04, loss, "adding problem");
    }

    @Test
    void elmanContinuesASine() {
        // 20 steps of period 10: from 7.1 to 0.24 in 40 epochs, most of it at the first step, where one value cannot
        // tell rising from falling; copying the input instead would score about 3.8.
        double loss = testLossAfter(new SineContinuation(20, 10, 0.0), 200, List.of(Elman.Spec.tanh(8, StepOutput.EVERY_STEP),
                ONE_PER_STEP), Activation.IDENTITY, Loss.SQUARED_ERROR, 0.01, 40);
        assertBelow(0.5, loss, "sine continuation");
    }

    /** The entropy in nats of the text's character frequencies: what a model that ignores the past can reach at best. */
    static double unigramEntropy(String text) {
        CharVocabulary v = CharVocabulary.of(text);
        double[] count = new double[v.size()];
        for (int i = 0; i < text.length(); i++) {
            count[v.indexOf(text.charAt(i))]++;
        }
        double h = 0.0;
        for (double c : count) {
            double p = c / text.length();
            h -= p * Math.log(p);
        }
        return h;
    }

    @Test
    void characterModelsBeatLetterFrequencies() {
        int v = CharVocabulary.of(DefaultText.TEXT).size();
        double unigram = unigramEntropy(DefaultText.TEXT); // 2.77 nats
        int steps = 12;
        // One-hot letters, Elman 32, 20 epochs: 0.74 nats per character on the training windows, 1.22 on the others.
        double elman = testLossAfter(NextCharacter.onDefaultText(steps), 250, List.of(Elman.Spec.tanh(32, StepOutput.EVERY_STEP),
                new StepDense.Spec(v, Activation.IDENTITY)), Activation.SOFTMAX, Loss.SOFTMAX_CROSS_ENTROPY, 0.01, 20, 2);
        assertBelow(0.6 * unigram, elman / steps, "Elman character model, nats per character");
        // Symbol indices through an embedding of 8, LSTM 24: slower to start, 1.83 nats per character after 10 epochs.
        double lstm = testLossAfter(new NextCharacter(DefaultText.TEXT, steps, true), 250, List.of(new Embedding.Spec(v, 8),
                new Lstm.Spec(24, StepOutput.EVERY_STEP, 0), new StepDense.Spec(v, Activation.IDENTITY)), Activation.SOFTMAX,
                Loss.SOFTMAX_CROSS_ENTROPY, 0.01, 10, 1.5);
        assertBelow(0.9 * unigram, lstm / steps, "embedded LSTM character model, nats per character");
    }
}
