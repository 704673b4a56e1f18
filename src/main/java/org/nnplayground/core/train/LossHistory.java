package org.nnplayground.core.train;

import org.nnplayground.core.math.Doubles;

/**
 * Train and test loss over epochs, bounded in memory however long training runs: when the history
 * is full, every other point is dropped and from then on only every second (fourth, ...) epoch is
 * kept. The first and the latest points are always present. Non-finite losses are never stored; a
 * point without a test loss stores NaN there, which the chart leaves out.
 */
public final class LossHistory {
    /** Points kept at most. */
    public static final int CAPACITY = 1024;

    private final int[] epochs = new int[CAPACITY];
    private final double[] train = new double[CAPACITY];
    private final double[] test = new double[CAPACITY];
    private int size;
    private int stride = 1;
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
        if (size > 0 && epoch - epochs[size - 1] < stride) {
            return;
        }
        if (size == CAPACITY) {
            halve();
        }
        epochs[size] = epoch;
        train[size] = trainLoss;
        test[size] = withTest ? testLoss : Double.NaN;
        size++;
    }

    private void halve() {
        int kept = 0;
        for (int i = 0; i < size; i += 2) {
            epochs[kept] = epochs[i];
            train[kept] = train[i];
            test[kept] = test[i];
            kept++;
        }
        size = kept;
        stride *= 2;
    }

    public void clear() {
        size = 0;
        stride = 1;
        hasTest = false;
        latestEpoch = -1;
    }

    /** Stored points, plus the latest one when it fell between strides. */
    public int size() {
        return size + (pendingLatest() ? 1 : 0);
    }

    private boolean pendingLatest() {
        return size > 0 && latestEpoch > epochs[size - 1];
    }

    public int epoch(int i) {
        return i < size ? epochs[i] : latestEpoch;
    }

    public double trainLoss(int i) {
        return i < size ? train[i] : latestTrain;
    }

    public double testLoss(int i) {
        return i < size ? test[i] : latestTest;
    }

    /** Whether test losses were recorded. */
    public boolean hasTest() {
        return hasTest;
    }
}
