package org.nnplayground.core.train;

import org.nnplayground.core.math.DecimatingSeries;
import org.nnplayground.core.math.Doubles;

/**
 * Train and test loss over epochs, bounded in memory however long training runs: when the history
 * is full, every other point is dropped and from then on only every second (fourth, ...) epoch is
 * kept. The first and the latest points are always present. Non-finite losses are never stored; a
 * point without a test loss stores NaN there, which the chart leaves out. The thinning is a
 * {@link DecimatingSeries} keyed by epoch.
 */
public final class LossHistory {
    /** Points kept at most. */
    public static final int CAPACITY = 1024;

    // One row beyond CAPACITY holds the latest point while it falls between strides.
    private final int[] epochs = new int[CAPACITY + 1];
    private final double[] train = new double[CAPACITY + 1];
    private final double[] test = new double[CAPACITY + 1];
    private final DecimatingSeries series = new DecimatingSeries(CAPACITY, this::move);
    private boolean hasTest;
    private int latestEpoch = -1;
    private double latestTrain;
    private double latestTest;

    /** Records the losses after {@code epoch} epochs; ignored when a loss is not finite or the epoch is old. */
    public void record(int epoch, double trainLoss, double testLoss, boolean withTest) {
        if (!Doubles.isFinite(trainLoss) || (withTest && !Doubles.isFinite(testLoss)) || epoch <= latestEpoch) {
            return;
        }
        hasTest |= withTest;
        latestEpoch = epoch;
        latestTrain = trainLoss;
        latestTest = withTest ? testLoss : Double.NaN;
        int row = series.slotFor(epoch);
        epochs[row] = epoch;
        train[row] = trainLoss;
        test[row] = latestTest;
    }

    private void move(int from, int to) {
        epochs[to] = epochs[from];
        train[to] = train[from];
        test[to] = test[from];
    }

    public void clear() {
        series.clear();
        hasTest = false;
        latestEpoch = -1;
    }

    /** Stored points, plus the latest one when it fell between strides. */
    public int size() {
        return series.size();
    }

    public int epoch(int i) {
        return i < series.size() ? epochs[i] : latestEpoch;
    }

    public double trainLoss(int i) {
        return i < series.size() ? train[i] : latestTrain;
    }

    public double testLoss(int i) {
        return i < series.size() ? test[i] : latestTest;
    }

    /** Whether test losses were recorded. */
    public boolean hasTest() {
        return hasTest;
    }
}
