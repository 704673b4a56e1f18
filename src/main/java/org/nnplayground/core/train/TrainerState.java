package org.nnplayground.core.train;

import org.nnplayground.core.math.Rng;
import org.nnplayground.core.nn.Loss;

/**
 * Where a {@link Trainer}'s run stands, besides its weights and its optimizer's state: the position
 * in the epochs, the sample order and the generator that shuffles it, the weights a divergence goes
 * back to, and the divergence guard. With the weights and the optimizer's state it is everything a
 * {@link TrainerSnapshot} carries, so that a trainer of the same setup that takes it over trains on
 * bit for bit. Plain fields, owned and changed by one trainer only.
 */
final class TrainerState {
    /** The order in which the current epoch visits the training samples. */
    int[] order;
    /** The weights at the start of the current epoch, which a divergence goes back to. */
    double[] epochStart;
    /** Shuffles {@link #order} at the start of each epoch when shuffling is on. */
    Rng shuffleRng;
    /** Completed epochs. */
    int epoch;
    /** Samples already visited in the current epoch. */
    int cursor;
    /** Sample updates done so far. */
    long sampleUpdates;
    /** The epoch whose start {@link #epochStart} holds. */
    int snapshotEpoch;
    /** The loss above which a batch counts as exploding; meaningful once {@link #limitKnown}. */
    double explosionLimit;
    /** Whether {@link #explosionLimit} is set yet (see {@link Trainer#DEFERRED_LIMIT_WORK}). */
    boolean limitKnown;
    /** The loss the limit is of: the configuration's at {@link Trainer#reset}. */
    Loss limitLoss;
    /** Sum of the batch losses of the current epoch, each times its batch size. */
    double epochLossSum;
    /** The divergence that stopped training, or null. */
    Divergence divergence;
}
