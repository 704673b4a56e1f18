package org.nnplayground.core.view;

import org.nnplayground.core.nn.Network;
import org.nnplayground.core.train.TrainingData;

/**
 * What the network predicts against what the data says, for every training and test point: for
 * values, one (actual, predicted) pair per point; for classes, the confusion counts (how many points
 * of each actual class were predicted as each class). The view that shows data of more than two
 * inputs draws this beside its slice, since a slice shows only part of what was learned.
 */
public final class PredictedActual {
    private final boolean classes;
    private final int classCount;
    private final int trainCount;
    private final double[] actual;
    private final double[] predicted;
    private final int[] confusion;

    private PredictedActual(boolean classes, int classCount, int trainCount, double[] actual, double[] predicted,
                            int[] confusion) {
        this.classes = classes;
        this.classCount = classCount;
        this.trainCount = trainCount;
        this.actual = actual;
        this.predicted = predicted;
        this.confusion = confusion;
    }

    /**
     * The network's predictions on {@code train} then {@code test} against their targets.
     *
     * @param classCount the number of classes for classification data (2 for one output), else ignored
     */
    public static PredictedActual of(Network network, TrainingData train, TrainingData test, int classCount) {
        int n = train.size() + test.size();
        if (train.isClassification()) {
            int k = Math.max(2, classCount);
            int[] counts = new int[k * k];
            for (TrainingData d : new TrainingData[] {train, test}) {
                double[] row = new double[d.inputSize()];
                for (int i = 0; i < d.size(); i++) {
                    int p = d.predictedClass(forward(network, d, i, row));
                    counts[d.label(i) * k + p]++;
                }
            }
            return new PredictedActual(true, k, train.size(), null, null, counts);
        }
        double[] a = new double[n];
        double[] p = new double[n];
        int at = 0;
        for (TrainingData d : new TrainingData[] {train, test}) {
            double[] row = new double[d.inputSize()];
            for (int i = 0; i < d.size(); i++) {
                a[at] = d.target(i, 0);
                p[at] = forward(network, d, i, row)[0];
                at++;
            }
        }
        return new PredictedActual(false, 0, train.size(), a, p, null);
    }

    private static double[] forward(Network network, TrainingData d, int i, double[] row) {
        for (int c = 0; c < row.length; c++) {
            row[c] = d.input(i, c);
        }
        return network.forward(row, 0);
    }

    /** Whether this is a confusion table of classes (else pairs of values). */
    public boolean classes() {
        return classes;
    }

    public int classCount() {
        return classCount;
    }

    /** Points in all; the first {@link #trainCount()} are training points. */
    public int size() {
        return classes ? total() : actual.length;
    }

    public int trainCount() {
        return trainCount;
    }

    /** The target of point i (values only). */
    public double actual(int i) {
        return actual[i];
    }

    /** The prediction for point i (values only). */
    public double predicted(int i) {
        return predicted[i];
    }

    /** Points of class {@code actualClass} predicted as {@code predictedClass} (classes only). */
    public int count(int actualClass, int predictedClass) {
        return confusion[actualClass * classCount + predictedClass];
    }

    /** The share of points whose class was predicted right (classes), NaN for values. */
    public double accuracy() {
        if (!classes) {
            return Double.NaN;
        }
        int right = 0;
        for (int c = 0; c < classCount; c++) {
            right += count(c, c);
        }
        int all = total();
        return all == 0 ? Double.NaN : (double) right / all;
    }

    private int total() {
        int all = 0;
        for (int c : confusion) {
            all += c;
        }
        return all;
    }
}
