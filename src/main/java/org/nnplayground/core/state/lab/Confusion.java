package org.nnplayground.core.state.lab;

import org.nnplayground.core.data.image.ImageSet;
import org.nnplayground.core.nn.Network;

/**
 * The confusion matrix of a network on a set of images: how many images of each true class it put in
 * each class. The diagonal holds the right answers; its sum over the total is the accuracy.
 */
public final class Confusion {
    private final int classes;
    private final int[] counts;
    private final int[] predicted;
    private final int total;

    Confusion(int classes, int[] counts, int[] predicted, int total) {
        this.classes = classes;
        this.counts = counts;
        this.predicted = predicted;
        this.total = total;
    }

    /** The matrix of {@code network} on every image of {@code images}. */
    public static Confusion of(Network network, ImageSet images) {
        int k = images.classes();
        int[] counts = new int[k * k];
        int[] predicted = new int[images.size()];
        double[] pixels = new double[images.pixelsPerImage()];
        count(network, images, 0, images.size(), pixels, counts, predicted);
        return new Confusion(k, counts, predicted, images.size());
    }

    /**
     * Puts images {@code [from, to)} of {@code images} through {@code network} and counts where each
     * went: the one loop of {@link #of} and of {@link ConfusionInSlices}, so both count the same.
     */
    static void count(Network network, ImageSet images, int from, int to, double[] pixels, int[] counts,
                      int[] predicted) {
        for (int i = from; i < to; i++) {
            images.copyImage(i, pixels, 0);
            tally(network.forward(pixels, 0), images, i, counts, predicted);
        }
    }

    /** Counts image {@code i}, whose class probabilities are {@code p}, into the matrix. */
    static void tally(double[] p, ImageSet images, int i, int[] counts, int[] predicted) {
        int k = images.classes();
        int best = 0;
        for (int c = 1; c < k; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        predicted[i] = best;
        counts[images.label(i) * k + best]++;
    }

    public int classes() {
        return classes;
    }

    /** Images of class {@code actual} that the network put in class {@code guess}. */
    public int count(int actual, int guess) {
        return counts[actual * classes + guess];
    }

    /** The class the network gave image {@code i}. */
    public int predicted(int i) {
        return predicted[i];
    }

    /** Images counted. */
    public int total() {
        return total;
    }

    /** Share of the images put in their own class; NaN for none. */
    public double accuracy() {
        if (total == 0) {
            return Double.NaN;
        }
        int right = 0;
        for (int c = 0; c < classes; c++) {
            right += counts[c * classes + c];
        }
        return (double) right / total;
    }

    /** The most images in one cell: what a view scales its shades by (at least 1). */
    public int largest() {
        int m = 1;
        for (int c : counts) {
            m = Math.max(m, c);
        }
        return m;
    }
}
