package org.nnplayground.core.data;

/**
 * Fixed-capacity storage that a generator fills point by point before the data is split.
 * Package-private and short-lived: it exists only inside {@link Datasets#generate(DataSpec)}.
 */
final class PointBuffer {
    final double[] x1;
    final double[] x2;
    final int[] labels;
    final double[] targets;
    private int size;

    PointBuffer(int capacity) {
        x1 = new double[capacity];
        x2 = new double[capacity];
        labels = new int[capacity];
        targets = new double[capacity];
    }

    /** Appends a labelled point. */
    void addLabelled(double a, double b, int label) {
        x1[size] = a;
        x2[size] = b;
        labels[size] = label;
        size++;
    }

    /** Appends a point with a real-valued target. */
    void addValued(double a, double b, double target) {
        x1[size] = a;
        x2[size] = b;
        targets[size] = target;
        size++;
    }

    int size() {
        return size;
    }

    /** This buffer cut to its size (itself when it is full). */
    PointBuffer trimmed() {
        if (size == x1.length) {
            return this;
        }
        PointBuffer t = new PointBuffer(size);
        System.arraycopy(x1, 0, t.x1, 0, size);
        System.arraycopy(x2, 0, t.x2, 0, size);
        System.arraycopy(labels, 0, t.labels, 0, size);
        System.arraycopy(targets, 0, t.targets, 0, size);
        t.size = size;
        return t;
    }

    int capacity() {
        return x1.length;
    }
}
