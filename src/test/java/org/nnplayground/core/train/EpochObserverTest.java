package org.nnplayground.core.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.nn.Loss;
import org.nnplayground.core.nn.NetworkSpec;
import org.nnplayground.core.nn.layer.Activation;

/** {@link Trainer#setEpochObserver}: every completed epoch, in order, with its batch loss; and {@link EpochLog}. */
class EpochObserverTest {
    private static final NetworkSpec SMALL = NetworkSpec.of(2, new int[] {3}, Activation.TANH, 1, Activation.TANH);

    private static TrainingData data(int n, long seed) {
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
        return new Trainer(SMALL, TrainingConfig.of(Loss.SQUARED_ERROR, 0.1, batch), data(n, 1), data(5, 2), 42);
    }

    @Test
    void everyEpochOfOneCallIsReportedInOrder() {
        Trainer t = trainer(10, 4);
        List<Integer> epochs = new ArrayList<>();
        t.setEpochObserver((epoch, loss) -> epochs.add(epoch));
        t.trainEpochs(10);
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), epochs);
        t.trainBatches(2); // batches of 4, 4, 2: two batches do not complete an epoch
        assertEquals(10, epochs.size());
        t.trainBatches(1);
        assertEquals(11, epochs.get(10));
    }

    @Test
    void withOneBatchPerEpochTheBatchLossIsTheLossBeforeTheEpoch() {
        Trainer t = trainer(12, 12);
        List<Double> losses = new ArrayList<>();
        t.setEpochObserver((epoch, loss) -> losses.add(loss));
        List<Double> before = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            before.add(t.status().train().loss());
            t.trainEpochs(1);
        }
        assertEquals(before.size(), losses.size());
        for (int i = 0; i < before.size(); i++) {
            // The same sum, once divided by the batch and multiplied back: equal up to the last bits.
            assertEquals(before.get(i), losses.get(i), 1e-14 * before.get(i));
        }
    }

    @Test
    void theBatchLossIsTheMeanOverTheEpochsSamples() {
        // Batches of 4, 4, 2 without shuffling: the mean weights each batch's mean by its size.
        Trainer t = new Trainer(SMALL, TrainingConfig.of(Loss.SQUARED_ERROR, 1e-300, 4).withShuffle(false), data(10, 1),
                data(5, 2), 42);
        double[] reported = new double[1];
        t.setEpochObserver((epoch, loss) -> reported[0] = loss);
        // At a learning rate of 1e-300 the weights do not move (the steps are far below their last
        // bit), so every batch sees the same network: the mean over the epoch is the loss over the
        // whole training set.
        t.trainEpochs(1);
        assertEquals(t.status().train().loss(), reported[0], 1e-12);
    }

    @Test
    void aDivergingEpochIsNotReported() {
        TrainingData d = data(50, 1);
        NetworkSpec linear = NetworkSpec.of(2, new int[] {4}, Activation.RELU, 1, Activation.IDENTITY);
        Trainer t = new Trainer(linear, TrainingConfig.of(Loss.SQUARED_ERROR, 10, 1), d, d, 1);
        List<Integer> epochs = new ArrayList<>();
        t.setEpochObserver((epoch, loss) -> epochs.add(epoch));
        StepResult r = t.trainEpochs(100);
        assertTrue(r.diverged());
        assertEquals(r.epoch(), epochs.size(), "the epochs before the divergence, and not the one that diverged");
        for (int i = 0; i < epochs.size(); i++) {
            assertEquals(i + 1, epochs.get(i));
        }
    }

    @Test
    void theLogHandsOverWhatCameSinceTheLastTake() {
        EpochLog log = new EpochLog();
        for (int e = 1; e <= 100; e++) {
            log.epochCompleted(e, e / 10.0);
        }
        assertEquals(100, log.take());
        assertEquals(1, log.epoch(0));
        assertEquals(100, log.epoch(99));
        assertEquals(9.9, log.batchLoss(98));
        log.epochCompleted(101, 0.5);
        assertEquals(100, log.epoch(99), "what was taken stays readable until the next take");
        assertEquals(1, log.take());
        assertEquals(101, log.epoch(0));
        assertThrows(IndexOutOfBoundsException.class, () -> log.epoch(1));
        assertEquals(0, log.take());
    }

    @Test
    void aFullLogCountsWhatItDrops() {
        EpochLog log = new EpochLog();
        for (int e = 1; e <= EpochLog.CAPACITY + 5; e++) {
            log.epochCompleted(e, 0);
        }
        assertEquals(5, log.dropped());
        assertEquals(EpochLog.CAPACITY, log.take());
        assertEquals(EpochLog.CAPACITY, log.epoch(EpochLog.CAPACITY - 1));
    }
}
