package org.nnplayground.core.state;

import java.util.function.DoubleSupplier;
import org.nnplayground.core.train.Metrics;
import org.nnplayground.core.train.StatusInSlices;
import org.nnplayground.core.train.StepResult;
import org.nnplayground.core.train.Trainer;

/**
 * How much one animation frame trains and measures, within a time budget read from a clock the page
 * passes in: a small network at least one whole epoch and as many more as the speed asks and fit; a
 * large one (its epoch beyond {@link #SYNC_EPOCH_WORK}) batch by batch for its share of the budget;
 * and the metrics of a network too large to evaluate within a frame ({@link #SYNC_STATUS_WORK})
 * over several frames, of a copy of the weights (see {@link StatusInSlices}). Where a run stands
 * after N epochs or batches does not depend on how they were spread over frames. Both sessions, the
 * points' and the sequences' and images' ({@link org.nnplayground.core.state.lab.LabSession}), pace their frames with it.
 */
public final class FrameTraining {
    /**
     * Multiply-adds of an epoch (forward, backward and update: three per weight and sample) above
     * which the first epoch of a frame is trained batch by batch under the budget; below, at least
     * one whole epoch per frame, as always.
     */
    static final long SYNC_EPOCH_WORK = 10_000_000;

    /**
     * Shares of the budget a large network's frame spends on training, and on training and metrics
     * together: less than the whole, because drawing such a network costs more too.
     */
    static final double LARGE_TRAINING_SHARE = 0.35;
    static final double LARGE_SHARE = 0.7;

    /** Multiply-adds of a whole status above which it is computed over several frames. */
    static final long SYNC_STATUS_WORK = 4_000_000;

    /**
     * Multiply-adds of a whole status above which a new run's (or new weights') first status is
     * left to the frames too (see {@link #pendingStatus}) rather than computed at once: for 16 layers
     * of 256 on 10,000 points it is ten billion, tens of seconds in which the page would answer nothing.
     */
    static final long SYNC_FIRST_STATUS_WORK = 1_000_000_000;

    /**
     * Multiply-adds of a sliced status between two looks at the clock: several samples of a small
     * network, part of one sample of a long sequence (see {@link StatusInSlices#advanceWork}).
     */
    private static final long STATUS_SLICE_WORK = 500_000;

    /** What a frame trained: a count of epochs or of batches. */
    public record Steps(int count, Speed.Unit unit) {
    }

    private final StatusInSlices pending = new StatusInSlices();
    /** The initial training loss of a trainer whose weights are not the reset ones, over frames. */
    private final StatusInSlices initialLoss = new StatusInSlices();

    /**
     * Whether {@code trainer} may train in this frame: at once without a clock or once it knows its
     * initial loss (the base of its explosion limit, see {@link Trainer#needsInitialLoss}). Until then
     * a frame trains nothing, so that Play pressed before a large network's first status arrived does
     * not make its first batch compute that loss in one go (seconds to hours at the limits). The loss
     * comes over frames: from the first status when it is of the reset weights
     * ({@code statusGivesIt}), else from this frame's share of the loss of the reset weights made
     * again ({@link StatusInSlices#beginInitialLoss}). The loss is the one the first batch would have
     * computed, so the run is the same bit for bit; it only starts some frames later.
     */
    public boolean readyToTrain(Trainer trainer, boolean statusGivesIt, DoubleSupplier clock, double start,
                                double budgetMs) {
        if (clock == null || !trainer.needsInitialLoss()) {
            initialLoss.cancel();
            return true;
        }
        if (statusGivesIt) {
            return false;
        }
        if (initialLoss.trainer() != trainer) {
            initialLoss.beginInitialLoss(trainer);
        }
        boolean done;
        do {
            done = initialLoss.advanceWork(STATUS_SLICE_WORK);
        } while (!done && clock.getAsDouble() - start < budgetMs * LARGE_TRAINING_SHARE);
        if (done) {
            trainer.knowInitialLoss(initialLoss.result().train().loss());
        }
        return false;
    }

    /**
     * Trains up to {@code epochs} epochs of {@code trainer} within the budget that began at
     * {@code start}; without a clock, all of them.
     */
    public Steps trainEpochs(Trainer trainer, int epochs, DoubleSupplier clock, double start, double budgetMs) {
        int before = trainer.epoch();
        if (clock == null) {
            trainer.advance(epochs);
        } else if (trainer.network().forwardCost() * 3 * trainer.trainData().size() <= SYNC_EPOCH_WORK) {
            trainer.advance(1);
            moreEpochs(trainer, epochs, clock, start, budgetMs);
        } else {
            // A large network: batch by batch, across the ends of epochs, until the epochs asked for
            // are done or its share of the budget is spent (its metrics, computed over frames, take
            // the next share). Never whole epochs timed by the end of one begun in an earlier frame:
            // that end can come after a few batches, and the epochs it would seem to allow take seconds.
            int batches = 0;
            do {
                trainer.advanceBatches(1);
                batches++;
            } while (trainer.epoch() - before < epochs && trainer.divergence() == null
                    && clock.getAsDouble() - start < budgetMs * LARGE_TRAINING_SHARE);
            if (trainer.epoch() == before) {
                return new Steps(batches, Speed.Unit.BATCH);
            }
        }
        return new Steps(Math.max(1, trainer.epoch() - before), Speed.Unit.EPOCH);
    }

    /** After a first epoch, as many of the other {@code epochs - 1} as its time says fit in the rest of the budget. */
    private static void moreEpochs(Trainer trainer, int epochs, DoubleSupplier clock, double start, double budgetMs) {
        if (epochs > 1) {
            double perEpoch = Math.max(1e-3, clock.getAsDouble() - start);
            double more = (budgetMs - perEpoch) / perEpoch;
            trainer.advance((int) Math.max(0, Math.min(epochs - 1, more)));
        }
    }

    /** Multiply-adds of one whole status of {@code trainer}: each sample of both sets forward once. */
    static long statusWork(Trainer trainer) {
        return trainer.network().forwardCost() * (trainer.trainData().size() + trainer.testData().size());
    }

    /**
     * The status to show for {@code trainer}'s current weights: {@code trainer.status()} when it is
     * cheap enough to compute at once ({@link #SYNC_FIRST_STATUS_WORK}), else a placeholder whose
     * losses are not yet known (NaN, shown as a dash) and whose sample count (-1) matches no
     * trainer's, so that {@link #status} starts computing the real one over the next frames.
     */
    public static StepResult pendingStatus(Trainer trainer) {
        if (statusWork(trainer) <= SYNC_FIRST_STATUS_WORK || trainer.divergence() != null) {
            return trainer.status();
        }
        // No accuracy either (-1) until it is known.
        return new StepResult(trainer.epoch(), PENDING_UPDATES, new Metrics(Double.NaN, -1, trainer.trainData().size()),
                new Metrics(Double.NaN, -1, trainer.testData().size()), null);
    }

    /** The sample count of a {@link #pendingStatus} placeholder. */
    public static final long PENDING_UPDATES = -1;

    /** Whether {@code result} is a placeholder of {@link #pendingStatus}, its metrics still to come. */
    public static boolean isPending(StepResult result) {
        return result.sampleUpdates() == PENDING_UPDATES;
    }

    /** Forgets metrics begun (the weights they measure have been superseded). */
    public void cancel() {
        pending.cancel();
    }

    /** What {@link #status} found. */
    public enum Found {
        /** Nothing new: {@code last} is of the current weights, or metrics are still being computed. */
        NOTHING,
        /** The trainer's status, of weights that changed since {@code last}. */
        STATUS,
        /** Metrics finished over frames, of weights already counted. */
        METRICS
    }

    private StepResult found;

    /**
     * Brings the status up to {@code trainer}, given the {@code last} one shown: at once for small
     * networks or after a divergence, else a frame's share of a status computed over frames.
     * {@link #result()} then holds what was found.
     */
    public Found status(Trainer trainer, StepResult last, DoubleSupplier clock, double start, double budgetMs) {
        found = null;
        if (pending.trainer() != null && pending.trainer() != trainer) {
            pending.cancel(); // another trainer since (a new state, a link)
        }
        boolean behind = trainer.sampleUpdates() != last.sampleUpdates() || trainer.divergence() != last.divergence();
        if (!behind && !pending.active()) {
            return Found.NOTHING;
        }
        long work = statusWork(trainer);
        if (work <= SYNC_STATUS_WORK || trainer.divergence() != null) {
            pending.cancel();
            found = trainer.status();
            return Found.STATUS;
        }
        if (!pending.active()) {
            pending.begin(trainer);
        }
        // Up to the large network's share of the budget, and at least a quarter of the budget even
        // when training took more than its share.
        double begun = clock.getAsDouble();
        double until = Math.max(start + budgetMs * LARGE_SHARE, begun + budgetMs / 4);
        boolean done;
        do {
            done = pending.advanceWork(STATUS_SLICE_WORK);
        } while (!done && clock.getAsDouble() < until);
        if (!done) {
            return Found.NOTHING;
        }
        found = pending.result();
        return Found.METRICS;
    }

    /** The status or metrics the last {@link #status} call found, or null. */
    public StepResult result() {
        return found;
    }
}
