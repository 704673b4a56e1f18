package org.nnplayground.core.view;

import org.nnplayground.core.math.DecimatingSeries;
import org.nnplayground.core.math.Doubles;

/**
 * Each layer's gradient size over epochs, as {@link org.nnplayground.core.teach.GradientFlow#measure}
 * reports it, for {@link GradientFlowPainter}. Bounded in memory like
 * {@link org.nnplayground.core.train.LossHistory}: when full, every other record is dropped and from
 * then on only every second (fourth, ...) epoch is kept; the first and the latest records are always
 * present (the same {@link DecimatingSeries}, keyed by epoch). A NaN, infinite or negative size is
 * stored as NaN, which the painter leaves out.
 *
 * <p>A record with a different number of layers than the stored ones starts the history afresh: the
 * network changed shape.
 */
public final class GradientHistory {
    /** Records kept at most, besides the latest. */
    public static final int CAPACITY = 512;

    // Row i holds record i's sizes; one row beyond CAPACITY holds the latest record between strides.
    private final int[] epochs = new int[CAPACITY + 1];
    private double[] sizes = new double[0];
    private int layers;
    private final DecimatingSeries series = new DecimatingSeries(CAPACITY, this::move);
    private int latestEpoch = -1;

    /**
     * Records the gradient size of every layer ({@code layerSizes[0]} is layer 1) after
     * {@code epoch} epochs; ignored when the epoch is not newer than the latest or there are no layers.
     */
    public void record(int epoch, double[] layerSizes) {
        if (layerSizes.length == 0) {
            return;
        }
        if (layerSizes.length != layers) {
            clear();
            layers = layerSizes.length;
            sizes = new double[(CAPACITY + 1) * layers];
        }
        if (epoch <= latestEpoch) {
            return;
        }
        latestEpoch = epoch;
        write(series.slotFor(epoch), epoch, layerSizes);
    }

    private void write(int row, int epoch, double[] layerSizes) {
        epochs[row] = epoch;
        for (int l = 0; l < layers; l++) {
            double v = layerSizes[l];
            sizes[row * layers + l] = Doubles.isFinite(v) && v >= 0.0 ? v : Double.NaN;
        }
    }

    private void move(int from, int to) {
        epochs[to] = epochs[from];
        System.arraycopy(sizes, from * layers, sizes, to * layers, layers);
    }

    /** Forgets every record; the layer count stays until a record brings another. */
    public void clear() {
        series.clear();
        latestEpoch = -1;
    }

    /** Records held: the kept ones plus the latest when it fell between strides. */
    public int size() {
        return series.size();
    }

    /** Layers per record (0 before the first record). */
    public int layers() {
        return layers;
    }

    /** The epoch of record {@code i}, oldest first; epochs increase with {@code i}. */
    public int epoch(int i) {
        return epochs[i];
    }

    /** The gradient size of {@code layer} (0 is layer 1) in record {@code i}; NaN when it was not finite. */
    public double gradient(int i, int layer) {
        return sizes[i * layers + layer];
    }
}
