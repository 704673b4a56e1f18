package org.nnplayground.core.state;

import java.util.ArrayDeque;
import java.util.function.DoubleSupplier;
import org.nnplayground.core.train.Trainer;

/**
 * Steps asked for by hand (the Step button, its key, Step batch) that are too large to train at
 * once, kept in the order they were asked and trained batch by batch over the frames. An epoch step
 * trains until the end of the epoch under way, as {@link Trainer#advance} does with one epoch; a
 * batch step trains one batch. The same batches in the same order give the same bits, so where a run
 * stands after its steps does not depend on how many frames they took.
 */
final class HandStep {
    /**
     * Multiply-adds of a step (forward, backward and update: three per weight and sample) above which
     * it goes over the frames: a second or so of a browser's time.
     */
    static final long SYNC_STEP_WORK = 1_000_000_000;

    /** Steps still to train, oldest first: a positive count of batches or a negative count of epochs. */
    private final ArrayDeque<Integer> queue = new ArrayDeque<>();
    /** The trainer the steps belong to; another trainer forgets them. */
    private Trainer trainer;

    /**
     * Whether a step of {@code batches} batches (0: to the end of the epoch under way) may be trained
     * at once: nothing is waiting before it, the trainer knows its initial loss (else the step's
     * first batch would compute it over the whole training set in one go) and the step is small.
     */
    static boolean atOnce(Trainer trainer, int batches, boolean queued) {
        if (queued || trainer.needsInitialLoss()) {
            return trainer.divergence() != null;
        }
        long samples = batches > 0 ? (long) batches * trainer.config().batchSize()
                : trainer.trainData().size() - trainer.samplesIntoEpoch();
        return trainer.network().forwardCost() * 3 * samples <= SYNC_STEP_WORK || trainer.divergence() != null;
    }

    /** Adds a step of {@code batches} batches of {@code trainer}, or to the end of an epoch when {@code epoch}. */
    void ask(Trainer trainer, boolean epoch, int batches) {
        if (this.trainer != trainer) {
            cancel();
            this.trainer = trainer;
        }
        int count = epoch ? -1 : batches;
        Integer last = queue.peekLast();
        if (last != null && (last < 0) == (count < 0)) {
            queue.pollLast();
            count += last; // two steps of one kind in a row are one longer step
        }
        queue.addLast(count);
    }

    /** Whether steps of {@code trainer} wait to be trained. */
    boolean pending(Trainer trainer) {
        return this.trainer == trainer && !queue.isEmpty();
    }

    /** Forgets the steps not yet trained (a new run, a reset, Play). */
    void cancel() {
        queue.clear();
        trainer = null;
    }

    /**
     * Trains the waiting steps batch by batch until they are done, training diverged or
     * {@code clock} passes {@code until} (at least one batch; without a clock, all of them).
     */
    void advance(DoubleSupplier clock, double until) {
        Trainer t = trainer;
        if (t.trainData().size() == 0) {
            cancel(); // nothing to learn from: no batch, no epoch ends
            return;
        }
        do {
            int head = queue.pollFirst();
            int epoch = t.epoch();
            t.advanceBatches(1);
            if (head > 1) {
                queue.addFirst(head - 1);
            } else if (head < 0 && t.epoch() == epoch) {
                queue.addFirst(head); // the epoch under way is not over yet
            } else if (head < -1) {
                queue.addFirst(head + 1);
            }
        } while (!queue.isEmpty() && t.divergence() == null && (clock == null || clock.getAsDouble() < until));
        if (t.divergence() != null) {
            cancel(); // nothing more will train
        }
    }
}
