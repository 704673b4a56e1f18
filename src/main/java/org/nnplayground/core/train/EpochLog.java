package org.nnplayground.core.train;

import java.util.Arrays;

/**
 * The epochs completed since someone last looked: an {@link EpochObserver} that keeps what it is told
 * until {@link #take()} hands it over. The page's frame loop takes the log once per frame and reports
 * each epoch in it, so a frame that trained a thousand epochs reports a thousand, in order.
 *
 * <p>It holds at most {@link #CAPACITY} epochs between two takes; later ones are counted in
 * {@link #dropped()} instead of kept, so that a log nobody takes cannot grow without end.
 */
public final class EpochLog implements EpochObserver {
    /** Epochs kept between two takes, at most. */
    public static final int CAPACITY = 1 << 17;

    private int[] pendingEpochs = new int[64];
    private double[] pendingLosses = new double[64];
    private int pending;
    private int[] takenEpochs = new int[64];
    private double[] takenLosses = new double[64];
    private int taken;
    private long dropped;

    @Override
    public void epochCompleted(int epoch, double batchLoss) {
        if (pending == CAPACITY) {
            dropped++;
            return;
        }
        if (pending == pendingEpochs.length) {
            int size = Math.min(CAPACITY, pending * 2);
            pendingEpochs = Arrays.copyOf(pendingEpochs, size);
            pendingLosses = Arrays.copyOf(pendingLosses, size);
        }
        pendingEpochs[pending] = epoch;
        pendingLosses[pending] = batchLoss;
        pending++;
    }

    /**
     * Hands over the epochs logged since the last take: afterwards {@link #epoch(int)} and
     * {@link #batchLoss(int)} read them, and the log starts empty. Returns how many there are.
     */
    public int take() {
        int[] epochs = takenEpochs;
        double[] losses = takenLosses;
        takenEpochs = pendingEpochs;
        takenLosses = pendingLosses;
        taken = pending;
        pendingEpochs = epochs;
        pendingLosses = losses;
        pending = 0;
        return taken;
    }

    /** The number of the {@code i}-th epoch of the last take. */
    public int epoch(int i) {
        checkIndex(i);
        return takenEpochs[i];
    }

    /** The batch loss of the {@code i}-th epoch of the last take. */
    public double batchLoss(int i) {
        checkIndex(i);
        return takenLosses[i];
    }

    /** How many epochs the last take handed over: {@link #epoch(int)} reads indices below it. */
    public int taken() {
        return taken;
    }

    /** Epochs not kept because the log was full, since it was made. */
    public long dropped() {
        return dropped;
    }

    private void checkIndex(int i) {
        if (i < 0 || i >= taken) {
            throw new IndexOutOfBoundsException("epoch " + i + " of a take of " + taken);
        }
    }
}
