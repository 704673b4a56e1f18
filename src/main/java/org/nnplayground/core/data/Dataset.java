package org.nnplayground.core.data;

import org.nnplayground.core.math.Doubles;

/**
 * An immutable set of data points: 1-D or 2-D inputs with either class labels or real targets.
 *
 * <p>Arrays passed in are copied and no array is handed out, so a dataset can be shared freely between
 * the trainer and the views. Accessors check their index explicitly, because an out-of-range read is
 * not an exception in the JavaScript build.
 */
public final class Dataset {
    private final ProblemType problem;
    private final int numClasses;
    private final Domain domain;
    private final double[] x1;
    private final double[] x2;      // null for 1-D data
    private final int[] labels;     // null for regression
    private final double[] targets; // null for classification
    private final InputSlice slice; // null unless the data has more than two inputs
    private final double[] inputs;  // every input of every point, row-major, when slice is set; else null

    /** Takes ownership of the arrays; callers inside the package must not keep or change them. */
    Dataset(ProblemType problem, int numClasses, Domain domain,
            double[] x1, double[] x2, int[] labels, double[] targets) {
        this(problem, numClasses, domain, x1, x2, labels, targets, null, null);
    }

    /**
     * Data of more than two inputs ({@code slice} set, {@code inputs} holding each point's
     * {@code slice.count()} inputs in a row), of which {@code x1} and {@code x2} are the two the views
     * show; takes ownership of the arrays.
     */
    Dataset(ProblemType problem, int numClasses, Domain domain, double[] x1, double[] x2, int[] labels,
            double[] targets, InputSlice slice, double[] inputs) {
        this.problem = problem;
        this.numClasses = numClasses;
        this.domain = domain;
        this.x1 = x1;
        this.x2 = x2;
        this.labels = labels;
        this.targets = targets;
        this.slice = slice;
        this.inputs = inputs;
    }

    /** The plane the views show when the data has more than two inputs, else null. */
    public InputSlice slice() {
        return slice;
    }

    /** The raw inputs per point: 1 for 1-D data, 2 on the plane, more for a table of more inputs. */
    public int inputCount() {
        return slice != null ? slice.count() : dimension();
    }

    /** Input {@code k} of point i (of {@link #inputCount()}). */
    public double input(int i, int k) {
        checkIndex(i);
        if (slice != null) {
            if (k < 0 || k >= slice.count()) {
                throw new IndexOutOfBoundsException("input must be between 0 and " + (slice.count() - 1) + ", was " + k);
            }
            return inputs[i * slice.count() + k];
        }
        if (k == 0) {
            return x1[i];
        }
        if (k == 1 && x2 != null) {
            return x2[i];
        }
        throw new IndexOutOfBoundsException("input must be between 0 and " + (dimension() - 1) + ", was " + k);
    }

    /**
     * A classification dataset in the plane.
     *
     * @param problem    CLASSIFICATION (numClasses must be 2) or MULTICLASS (2..{@value DataSpec#MAX_CLASSES})
     * @param labels     class indices 0..numClasses-1, one per point
     */
    public static Dataset ofClasses(ProblemType problem, int numClasses, double[] x1, double[] x2, int[] labels,
                                    Domain domain) {
        if (problem == null || !problem.isClassification()) {
            throw new IllegalArgumentException("problem must be CLASSIFICATION or MULTICLASS, was " + problem);
        }
        if (problem == ProblemType.CLASSIFICATION && numClasses != 2) {
            throw new IllegalArgumentException("numClasses must be 2 for CLASSIFICATION, was " + numClasses);
        }
        if (numClasses < DataSpec.MIN_CLASSES || numClasses > DataSpec.MAX_CLASSES) {
            throw new IllegalArgumentException("numClasses must be between " + DataSpec.MIN_CLASSES + " and "
                    + DataSpec.MAX_CLASSES + ", was " + numClasses);
        }
        int n = requireSameLength(x1, x2, labels.length, "labels");
        requireFinite(x1, "x1");
        requireFinite(x2, "x2");
        for (int i = 0; i < n; i++) {
            if (labels[i] < 0 || labels[i] >= numClasses) {
                throw new IllegalArgumentException("labels must be between 0 and " + (numClasses - 1)
                        + ", was " + labels[i] + " at index " + i);
            }
        }
        return new Dataset(problem, numClasses, requireDomain(domain), x1.clone(), x2.clone(), labels.clone(), null);
    }

    /** A 1-D regression dataset: target {@code y[i]} at input {@code x[i]}. */
    public static Dataset ofCurve(double[] x, double[] y, Domain domain) {
        requireSameLength(x, x, y.length, "y");
        requireFinite(x, "x");
        requireFinite(y, "y");
        return new Dataset(ProblemType.REGRESSION_1D, 0, requireDomain(domain), x.clone(), null, null, y.clone());
    }

    /** A 2-D regression dataset: target {@code targets[i]} at input ({@code x1[i]}, {@code x2[i]}). */
    public static Dataset ofSurface(double[] x1, double[] x2, double[] targets, Domain domain) {
        requireSameLength(x1, x2, targets.length, "targets");
        requireFinite(x1, "x1");
        requireFinite(x2, "x2");
        requireFinite(targets, "targets");
        return new Dataset(ProblemType.REGRESSION_2D, 0, requireDomain(domain),
                x1.clone(), x2.clone(), null, targets.clone());
    }

    /** Number of points. */
    public int size() {
        return x1.length;
    }

    /** Raw input dimension: 1 for 1-D regression, else 2. */
    public int dimension() {
        return problem.inputDimension();
    }

    /** First input of point i (the x of 1-D data). */
    public double x1(int i) {
        checkIndex(i);
        return x1[i];
    }

    /** Second input of point i; 0 for 1-D data. */
    public double x2(int i) {
        checkIndex(i);
        return x2 == null ? 0.0 : x2[i];
    }

    public ProblemType problem() {
        return problem;
    }

    /** 2 for CLASSIFICATION, k for MULTICLASS, 0 for regression. */
    public int numClasses() {
        return numClasses;
    }

    /** Class index 0..numClasses()-1 of point i; only for classification data. */
    public int label(int i) {
        if (labels == null) {
            throw new IllegalStateException("label() is only defined for classification data, this is " + problem);
        }
        checkIndex(i);
        return labels[i];
    }

    /** Regression target of point i; only for regression data. */
    public double target(int i) {
        if (targets == null) {
            throw new IllegalStateException("target() is only defined for regression data, this is " + problem);
        }
        checkIndex(i);
        return targets[i];
    }

    /** The rectangle a view should show; contains every point. */
    public Domain domain() {
        return domain;
    }

    /** The points at {@code indices[from..to)}, in that order, as a new dataset with the same domain. */
    Dataset select(int[] indices, int from, int to) {
        int n = to - from;
        double[] s1 = new double[n];
        double[] s2 = x2 == null ? null : new double[n];
        int[] sl = labels == null ? null : new int[n];
        double[] st = targets == null ? null : new double[n];
        int w = slice == null ? 0 : slice.count();
        double[] si = slice == null ? null : new double[n * w];
        for (int k = 0; k < n; k++) {
            int i = indices[from + k];
            if (si != null) {
                System.arraycopy(inputs, i * w, si, k * w, w);
            }
            s1[k] = x1[i];
            if (s2 != null) {
                s2[k] = x2[i];
            }
            if (sl != null) {
                sl[k] = labels[i];
            }
            if (st != null) {
                st[k] = targets[i];
            }
        }
        return new Dataset(problem, numClasses, domain, s1, s2, sl, st, slice, si);
    }

    private void checkIndex(int i) {
        if (i < 0 || i >= x1.length) {
            throw new IndexOutOfBoundsException("point index must be between 0 and " + (x1.length - 1)
                    + ", was " + i);
        }
    }

    private static int requireSameLength(double[] a, double[] b, int valuesLength, String valuesName) {
        if (a == null || b == null) {
            throw new IllegalArgumentException("input arrays must not be null");
        }
        if (a.length != b.length || a.length != valuesLength) {
            throw new IllegalArgumentException("inputs and " + valuesName + " must have the same length, were "
                    + a.length + ", " + b.length + " and " + valuesLength);
        }
        return a.length;
    }

    private static void requireFinite(double[] values, String name) {
        for (int i = 0; i < values.length; i++) {
            if (!Doubles.isFinite(values[i])) {
                throw new IllegalArgumentException(name + " must be finite, was " + values[i] + " at index " + i);
            }
        }
    }

    private static Domain requireDomain(Domain domain) {
        if (domain == null) {
            throw new IllegalArgumentException("domain must not be null");
        }
        return domain;
    }
}
