package org.nnplayground.core.state;

import org.nnplayground.core.train.Trainer;

/** Where a trainer stands within its epoch, in batches: what the run bar says ("batch 6 of 25"). */
public final class EpochBatches {
    private EpochBatches() {
    }

    /** Batches done in the epoch under way: 0 at an epoch boundary. */
    public static int into(Trainer trainer) {
        int batch = batchSize(trainer);
        return (trainer.samplesIntoEpoch() + batch - 1) / batch;
    }

    /** Batches the epoch under way has in all (with the batch size as it is now). */
    public static int perEpoch(Trainer trainer) {
        int batch = batchSize(trainer);
        int left = trainer.trainData().size() - trainer.samplesIntoEpoch();
        return into(trainer) + (left + batch - 1) / batch;
    }

    /** The batch size the trainer uses: at most the whole training set. */
    private static int batchSize(Trainer trainer) {
        return Math.max(1, Math.min(trainer.config().batchSize(), trainer.trainData().size()));
    }
}
