package org.nnplayground.core.data;

import org.nnplayground.core.formula.Formula;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.text.NumberFormat;

/**
 * The data sets typed as formulas: a curve y = f(x) with x uniform in [{@value Curves#X_MIN},
 * {@value Curves#X_MAX}], a surface z = f(x1, x2) or a rule (class 1 where it holds) with inputs
 * uniform in [-{@value Surfaces#HALF_WIDTH}, {@value Surfaces#HALF_WIDTH}]^2. Noise works as for the
 * built-in shapes: Gaussian noise on a curve's or surface's target of standard deviation
 * {@code noise * 0.25 * (range of the clean targets)}, and a rule's points moved by up to
 * {@code 2.5 * noise} on each axis after they are labelled (clamped to the input square).
 *
 * <p>Points where the formula is undefined (see {@link Formula#valueAt}), or larger in size than
 * {@link #MAX_VALUE}, are left out; the notice counts them and names the first one.
 */
final class FormulaData {
    private static final double NOISE_SCALE = 0.25;
    private static final double RULE_JITTER = 0.5 * BinaryShapes.RADIUS;
    /** Values beyond this size are left out with the undefined ones: no network fits them in a view. */
    static final double MAX_VALUE = 1e6;

    private FormulaData() {
    }

    /**
     * Fills {@code out} with the defined ones of {@code out.capacity()} drawn points; returns the
     * notice about those left out ("" when none was).
     *
     * @throws IllegalArgumentException when the formula is undefined at every point
     */
    static String generate(DataSpec spec, Rng rng, PointBuffer out) {
        Formula f = spec.parsedFormula();
        int n = out.capacity();
        DatasetKind kind = spec.kind();
        boolean curve = kind.problem() == ProblemType.REGRESSION_1D;
        double lo = curve ? Curves.X_MIN : -Surfaces.HALF_WIDTH;
        double hi = curve ? Curves.X_MAX : Surfaces.HALF_WIDTH;
        int undefined = 0;
        String firstUndefined = null;
        double[] a = new double[n];
        double[] b = new double[n];
        double[] v = new double[n];
        int defined = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double x1 = rng.uniform(lo, hi);
            double x2 = curve ? 0.0 : rng.uniform(lo, hi);
            double value = f.valueAt(x1, x2);
            if (!(value >= -MAX_VALUE && value <= MAX_VALUE)) { // NaN included
                undefined++;
                if (firstUndefined == null) {
                    firstUndefined = curve ? "x = " + NumberFormat.fixed(x1, 2)
                            : "(" + NumberFormat.fixed(x1, 2) + ", " + NumberFormat.fixed(x2, 2) + ")";
                }
                continue;
            }
            a[defined] = x1;
            b[defined] = x2;
            v[defined] = value;
            min = Math.min(min, value);
            max = Math.max(max, value);
            defined++;
        }
        if (defined == 0) {
            throw new IllegalArgumentException("The formula " + f.text() + " is undefined at every one of the " + n
                    + " points (for example at " + firstUndefined + "): type one defined somewhere in "
                    + (curve ? "-1.5 < x < 1.5" : "-5 < x1, x2 < 5") + ".");
        }
        if (kind.problem() == ProblemType.CLASSIFICATION) {
            double jitter = RULE_JITTER * spec.noise();
            for (int i = 0; i < defined; i++) {
                BinaryShapes.addJittered(a[i], b[i], v[i] != 0.0 ? 1 : 0, jitter, rng, out);
            }
        } else {
            double sd = spec.noise() * NOISE_SCALE * (max - min);
            for (int i = 0; i < defined; i++) {
                double t = sd > 0.0 ? v[i] + sd * rng.nextGaussian() : v[i];
                out.addValued(a[i], b[i], t);
            }
        }
        if (undefined == 0) {
            return "";
        }
        return (undefined == 1 ? "1 point was" : undefined + " of " + n + " points were")
                + " left out: the formula is undefined there, or beyond 1,000,000 ("
                + (undefined == 1 ? "at " : "first at ")
                + firstUndefined + ").";
    }

    /** A curve's domain: its x range and the range of its targets, each with a margin. */
    static Domain curveDomain(PointBuffer points) {
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < points.size(); i++) {
            yMin = Math.min(yMin, points.targets[i]);
            yMax = Math.max(yMax, points.targets[i]);
        }
        if (!(yMax - yMin > 1e-9 * Math.max(1.0, Math.abs(yMax)))) {
            yMin -= 1.0;
            yMax += 1.0;
        }
        double mx = Curves.MARGIN * (Curves.X_MAX - Curves.X_MIN);
        double my = Curves.MARGIN * (yMax - yMin);
        return new Domain(Curves.X_MIN - mx, Curves.X_MAX + mx, yMin - my, yMax + my);
    }
}
