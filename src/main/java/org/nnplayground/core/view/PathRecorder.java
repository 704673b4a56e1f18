package org.nnplayground.core.view;

import org.nnplayground.core.math.DecimatingSeries;
import org.nnplayground.core.math.Doubles;

/**
 * The (w, b) path gradient descent takes, recorded after each step for {@link LandscapePainter},
 * bounded in memory however long training runs: when full, every other point is dropped and from
 * then on only every second (fourth, ...) step is kept, as {@link org.nnplayground.core.train.LossHistory}
 * does (the same {@link DecimatingSeries}, keyed by the count of steps). The first and the latest
 * points are always present. Non-finite points are never stored.
 *
 * <p>{@link #weights()} and {@link #biases()} are the recorder's own arrays, valid up to
 * {@link #size()}; pass them straight to the painter, never write to them.
 */
public final class PathRecorder {
    /** Points kept at most, besides the latest. */
    public static final int CAPACITY = 2000;

    // One slot beyond CAPACITY holds the latest point while it falls between strides.
    private final double[] w = new double[CAPACITY + 1];
    private final double[] b = new double[CAPACITY + 1];
    private final DecimatingSeries series = new DecimatingSeries(CAPACITY, this::move);
    /** Finite points recorded since the last clear: the key of the next one. */
    private long recorded;

    /** Records the weights after one step; ignored when either is NaN or infinite. */
    public void record(double weight, double bias) {
        if (!Doubles.isFinite(weight) || !Doubles.isFinite(bias)) {
            return;
        }
        int row = series.slotFor(recorded++);
        w[row] = weight;
        b[row] = bias;
    }

    private void move(int from, int to) {
        w[to] = w[from];
        b[to] = b[from];
    }

    /** Forgets the path (a reset, a new lesson). */
    public void clear() {
        series.clear();
        recorded = 0;
    }

    /** Points recorded: the kept ones plus the latest when it fell between strides. */
    public int size() {
        return series.size();
    }

    /** Steps between kept points: 1 until the first halving, then 2, 4, ... */
    public int stride() {
        return (int) series.stride();
    }

    /** The weights w of the path, oldest first, valid up to {@link #size()}. */
    public double[] weights() {
        return w;
    }

    /** The biases b of the path, oldest first, valid up to {@link #size()}. */
    public double[] biases() {
        return b;
    }
}
