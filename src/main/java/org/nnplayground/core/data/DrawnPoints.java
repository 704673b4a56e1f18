package org.nnplayground.core.data;

import java.util.Arrays;

/**
 * Points the reader drew on the output view: for classes, where each point is and its class; for
 * a curve, (x, y); for a surface, (x1, x2) and its value. Every coordinate and value is kept on a
 * grid of {@value #LEVELS} steps over a fixed range ({@link #domain}), so that a point comes out of
 * a link ({@link DrawnPointsText}) as the very double it was drawn as, and the page trains on what
 * the link replays. Immutable: {@link #with} and {@link #without} give new sets.
 *
 * <p>The ranges and steps: on the plane x1 and x2 in [-6, 6) (the view's square) in steps of 1/256,
 * a surface's values in [-2, 2) in steps of 1/1024; for a curve x in [-1.5, 1.5) and y in [-2, 2),
 * in steps of 1/1024. A value outside is held at the edge. The steps are powers of two, so every
 * grid value is exact in binary (whole numbers and halves among them).
 */
public final class DrawnPoints {
    /** Grid steps per range at most: 12 bits for each coordinate and value. */
    public static final int LEVELS = 4096;
    /** The most points a page holds (clicks beyond are refused with a message). */
    public static final int MAX_POINTS = 2_000;
    /** The most points a link holds: about 2,400 characters, short enough for chat tools and mail. */
    public static final int MAX_IN_LINK = 400;
    /** Half the side of the plane's square. */
    static final double PLANE_HALF = 6.0;
    /** Half the range of a surface's values and of a curve's y. */
    static final double VALUE_HALF = 2.0;
    /** Half the range of a curve's x, as for the built-in curves. */
    static final double CURVE_X_HALF = 1.5;

    private final ProblemType problem;
    private final int[] q1;
    private final int[] q2;
    private final int[] qv;

    private DrawnPoints(ProblemType problem, int[] q1, int[] q2, int[] qv) {
        this.problem = problem;
        this.q1 = q1;
        this.q2 = q2;
        this.qv = qv;
    }

    /** No points yet, for data of {@code problem}. */
    public static DrawnPoints empty(ProblemType problem) {
        if (problem == null) {
            throw new IllegalArgumentException("say which problem the points are for");
        }
        return new DrawnPoints(problem, new int[0], new int[0], new int[0]);
    }

    /**
     * The set from grid steps (as a link holds them); each must lie on its range's grid, a class
     * below the problem's most classes ({@link #maxClasses}). For a curve {@code q2} is its y and
     * {@code qv} is ignored.
     */
    static DrawnPoints ofSteps(ProblemType problem, int[] q1, int[] q2, int[] qv) {
        int n = q1.length;
        if (q2.length != n || qv.length != n || n > MAX_POINTS) {
            throw new IllegalArgumentException("a drawn set needs as many of each and at most " + MAX_POINTS + " points");
        }
        boolean curve = problem == ProblemType.REGRESSION_1D;
        int levels1 = levels(curve ? CURVE_X_HALF : PLANE_HALF);
        int levels2 = levels(curve ? VALUE_HALF : PLANE_HALF);
        for (int i = 0; i < n; i++) {
            if (!inGrid(q1[i], levels1) || !inGrid(q2[i], levels2) || !inGrid(qv[i], LEVELS)
                    || (problem.isClassification() && qv[i] >= maxClasses(problem))) {
                throw new IllegalArgumentException("point " + (i + 1) + " lies outside the drawing's grid");
            }
        }
        return new DrawnPoints(problem, q1.clone(), q2.clone(), qv.clone());
    }

    private static boolean inGrid(int q, int levels) {
        return q >= 0 && q < levels;
    }

    /** The most classes drawn data of {@code problem} can have: 2, or {@value DataSpec#MAX_CLASSES} for multiclass. */
    public static int maxClasses(ProblemType problem) {
        return problem == ProblemType.MULTICLASS ? DataSpec.MAX_CLASSES : problem == ProblemType.CLASSIFICATION ? 2 : 0;
    }

    /**
     * The set with one more point at (x1, x2), put on the grid: for classes {@code value} is the
     * class (0-based), for a surface the point's value; for a curve x1 is x and x2 is y, and value
     * is ignored.
     *
     * @throws IllegalArgumentException for a class the problem has not, a coordinate that is not a
     *                                  number, or a set already at {@link #MAX_POINTS}
     */
    public DrawnPoints with(double x1, double x2, double value) {
        if (size() >= MAX_POINTS) {
            throw new IllegalArgumentException("A drawing holds at most " + MAX_POINTS + " points; erase some first.");
        }
        if (x1 != x1 || x2 != x2 || value != value) {
            throw new IllegalArgumentException("a drawn point needs numbers, was (" + x1 + ", " + x2 + ", " + value + ")");
        }
        int v;
        if (problem.isClassification()) {
            v = (int) value;
            if (v != value || v < 0 || v >= maxClasses(problem)) {
                throw new IllegalArgumentException("Class " + (int) (value + 1) + " is not one of the " + maxClasses(problem)
                        + " classes a drawing of " + problem + " has.");
            }
        } else {
            v = problem == ProblemType.REGRESSION_2D ? step(value, VALUE_HALF) : 0;
        }
        boolean curve = problem == ProblemType.REGRESSION_1D;
        int a = step(x1, curve ? CURVE_X_HALF : PLANE_HALF);
        int b = step(x2, curve ? VALUE_HALF : PLANE_HALF);
        int n = size();
        int[] n1 = Arrays.copyOf(q1, n + 1);
        int[] n2 = Arrays.copyOf(q2, n + 1);
        int[] nv = Arrays.copyOf(qv, n + 1);
        n1[n] = a;
        n2[n] = b;
        nv[n] = v;
        return new DrawnPoints(problem, n1, n2, nv);
    }

    /** The set without point {@code index}. */
    public DrawnPoints without(int index) {
        checkIndex(index);
        int n = size();
        int[] n1 = new int[n - 1];
        int[] n2 = new int[n - 1];
        int[] nv = new int[n - 1];
        for (int i = 0, k = 0; i < n; i++) {
            if (i != index) {
                n1[k] = q1[i];
                n2[k] = q2[i];
                nv[k] = qv[i];
                k++;
            }
        }
        return new DrawnPoints(problem, n1, n2, nv);
    }

    /**
     * The point nearest to (x1, x2) within {@code radius} pixels, or -1: the eraser's hit test.
     * Distances are measured on the screen, {@code pixelsPerX} and {@code pixelsPerY} being the
     * view's scale (pixels per data unit), so that the eraser is round however the axes are scaled.
     * For a curve (x1, x2) is (x, y). Of two points equally near, the one drawn last.
     */
    public int nearest(double x1, double x2, double pixelsPerX, double pixelsPerY, double radius) {
        int best = -1;
        double bestDistance = radius * radius;
        for (int i = 0; i < size(); i++) {
            double dx = (x1(i) - x1) * pixelsPerX;
            double dy = (x2(i) - x2) * pixelsPerY;
            double d = dx * dx + dy * dy;
            if (d <= bestDistance) {
                best = i;
                bestDistance = d;
            }
        }
        return best;
    }

    /** The grid step nearest to {@code v} on [-half, half), held at the ends. */
    private static int step(double v, double half) {
        double s = Math.floor((v + half) / gridStep(half) + 0.5);
        return (int) Math.max(0, Math.min(levels(half) - 1, s));
    }

    /** The value of grid step {@code q} on [-half, half): exact, the step being a power of two. */
    private static double value(int q, double half) {
        return q * gridStep(half) - half;
    }

    /** The width of one grid step on [-half, half): 1/256 on the plane, 1/1024 for values and curves. */
    private static double gridStep(double half) {
        return half == PLANE_HALF ? 1.0 / 256 : 1.0 / 1024;
    }

    /** The number of grid steps on [-half, half): 3,072 or 4,096, each within 12 bits. */
    private static int levels(double half) {
        return (int) ((half + half) / gridStep(half));
    }

    public ProblemType problem() {
        return problem;
    }

    public int size() {
        return q1.length;
    }

    public boolean isEmpty() {
        return q1.length == 0;
    }

    /** The first coordinate of point i: x1, or a curve's x. */
    public double x1(int i) {
        checkIndex(i);
        return value(q1[i], problem == ProblemType.REGRESSION_1D ? CURVE_X_HALF : PLANE_HALF);
    }

    /** The second coordinate of point i: x2, or a curve's y. */
    public double x2(int i) {
        checkIndex(i);
        return value(q2[i], problem == ProblemType.REGRESSION_1D ? VALUE_HALF : PLANE_HALF);
    }

    /** The class of point i (classes only). */
    public int label(int i) {
        checkIndex(i);
        if (!problem.isClassification()) {
            throw new IllegalStateException("drawn " + problem + " points have values, not classes");
        }
        return qv[i];
    }

    /** The target of point i: a surface's value, a curve's y. */
    public double target(int i) {
        checkIndex(i);
        if (problem.isClassification()) {
            throw new IllegalStateException("drawn " + problem + " points have classes, not values");
        }
        return problem == ProblemType.REGRESSION_1D ? x2(i) : value(qv[i], VALUE_HALF);
    }

    /** The grid steps of point i (first coordinate, second, class or value), as a link writes them. */
    int[] steps(int i) {
        checkIndex(i);
        return new int[] {q1[i], q2[i], qv[i]};
    }

    /** One more than the highest class drawn, at least 2 (classes only; 0 for values). */
    public int classCount() {
        if (!problem.isClassification()) {
            return 0;
        }
        int k = 2;
        for (int v : qv) {
            k = Math.max(k, v + 1);
        }
        return k;
    }

    /** Whether the set fits in a link ({@link #MAX_IN_LINK}). */
    public boolean fitsInLink() {
        return size() <= MAX_IN_LINK;
    }

    /** The rectangle the output view shows while drawing: the ranges the points can take. */
    public Domain domain() {
        return domain(problem);
    }

    /** The rectangle drawn data of {@code problem} lives in. */
    public static Domain domain(ProblemType problem) {
        return problem == ProblemType.REGRESSION_1D
                ? new Domain(-CURVE_X_HALF, CURVE_X_HALF, -VALUE_HALF, VALUE_HALF)
                : Domain.INPUT_SQUARE;
    }

    /** All points as data with {@code classes} classes (for classes; ignored for values), in drawing order. */
    Dataset dataset(int classes) {
        int n = size();
        double[] a = new double[n];
        double[] b = new double[n];
        int[] labels = problem.isClassification() ? new int[n] : null;
        double[] targets = problem.isClassification() ? null : new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = x1(i);
            b[i] = x2(i);
            if (labels != null) {
                labels[i] = qv[i];
            } else {
                targets[i] = target(i);
            }
        }
        if (problem == ProblemType.REGRESSION_1D) {
            return new Dataset(problem, 0, domain(), a, null, null, targets);
        }
        int k = problem == ProblemType.CLASSIFICATION ? 2 : problem == ProblemType.MULTICLASS ? classes : 0;
        return new Dataset(problem, k, domain(), a, b, labels, targets);
    }

    private void checkIndex(int i) {
        if (i < 0 || i >= q1.length) {
            throw new IndexOutOfBoundsException("drawn point index must be between 0 and " + (q1.length - 1) + ", was " + i);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DrawnPoints && ((DrawnPoints) o).problem == problem && Arrays.equals(((DrawnPoints) o).q1, q1)
                && Arrays.equals(((DrawnPoints) o).q2, q2) && Arrays.equals(((DrawnPoints) o).qv, qv);
    }

    @Override
    public int hashCode() {
        return ((problem.hashCode() * 31 + Arrays.hashCode(q1)) * 31 + Arrays.hashCode(q2)) * 31 + Arrays.hashCode(qv);
    }

    @Override
    public String toString() {
        return size() + " drawn " + problem + " points";
    }
}
