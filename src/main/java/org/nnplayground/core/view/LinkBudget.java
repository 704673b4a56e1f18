package org.nnplayground.core.view;

import org.nnplayground.core.math.Doubles;

/**
 * Chooses which links of a layer to draw when there are too many to read (256 x 256 is 65,536):
 * the strongest ones, found with a histogram of |w| rather than a sort, so that it costs a few
 * passes and no allocation per frame. A second, finer histogram inside the bin where the budget
 * runs out keeps the count close to the budget even when the weights are evenly spread. A layer
 * with far more weights than its budget is judged from an evenly strided sample of them.
 */
final class LinkBudget {
    private static final int BINS = 64;
    /** Weights looked at per link of the budget, at least, when a layer has many more than that. */
    static final int SAMPLES = 64;
    /** Links of the budget the sample must still hold above its threshold, so that chance moves the count little. */
    static final int MIN_SAMPLED_BUDGET = 48;
    private final int[] histogram = new int[BINS];

    /**
     * The smallest |w| to draw so that about {@code budget} of the first {@code count} weights are
     * drawn: 0 (all) when they fit the budget, infinity (none) when every weight is zero or not finite.
     */
    double threshold(double[] weights, int count, int budget) {
        if (count <= budget) {
            return 0;
        }
        // A layer far beyond its budget is judged from every stride-th weight, with the budget cut
        // alike, so that the paint of a network of 16 x 256 scans each weight about twice rather than
        // four times; the sample keeps at least MIN_SAMPLED_BUDGET links above its threshold.
        int stride = Math.max(1, Math.min(count / (SAMPLES * budget), budget / MIN_SAMPLED_BUDGET));
        return threshold(weights, count, stride, Math.max(1, budget / stride));
    }

    /** {@link #threshold(double[], int, int)} over weights 0, stride, 2 stride ... below count. */
    private double threshold(double[] weights, int count, int stride, int budget) {
        double max = 0;
        for (int k = 0; k < count; k += stride) {
            double a = Math.abs(weights[k]);
            if (Doubles.isFinite(a) && a > max) {
                max = a;
            }
        }
        if (max == 0) {
            return Double.POSITIVE_INFINITY;
        }
        double lo = 0;
        double hi = max;
        int above = 0; // weights known to lie above hi (none, the first time)
        for (int pass = 0; pass < 2; pass++) {
            fill(weights, count, stride, lo, hi);
            double width = (hi - lo) / BINS;
            int drawn = above;
            int b = BINS - 1;
            while (b > 0 && drawn + histogram[b] < budget) {
                drawn += histogram[b];
                b--;
            }
            above = drawn;
            double binLow = lo + b * width;
            hi = binLow + width;
            lo = binLow;
        }
        // Everything at or above the bin where the budget ran out at the finer level.
        return Math.max(lo, Double.MIN_VALUE);
    }

    /** Counts the finite |w| in [lo, hi] of every stride-th weight into the bins; the top value goes into the last bin. */
    private void fill(double[] weights, int count, int stride, double lo, double hi) {
        for (int b = 0; b < BINS; b++) {
            histogram[b] = 0;
        }
        double scale = BINS / (hi - lo);
        for (int k = 0; k < count; k += stride) {
            double a = Math.abs(weights[k]);
            if (Doubles.isFinite(a) && a >= lo && a <= hi) {
                histogram[Math.min(BINS - 1, (int) ((a - lo) * scale))]++;
            }
        }
    }
}
