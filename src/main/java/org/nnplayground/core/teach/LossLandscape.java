package org.nnplayground.core.teach;

import org.nnplayground.core.train.TrainingData;

/**
 * The loss of a one-node model y = w x + b over a grid of (w, b), for the actual data: the surface
 * gradient descent walks on. Mean squared error, as the trainer reports it. Also the exact gradient
 * at any point, for the arrow drawn at the current weights.
 *
 * <p>Because the loss is a quadratic in (w, b), it is computed from five sums over the data (of x², x,
 * x y, y and y²) and each grid point costs a handful of operations whatever the data size.
 */
public final class LossLandscape {
    private final double sxx;
    private final double sx;
    private final double sxy;
    private final double sy;
    private final double syy;
    private final int n;

    public LossLandscape(TrainingData data) {
        if (data.inputSize() != 1 || data.outputSize() != 1 || data.size() == 0) {
            throw new IllegalArgumentException("a loss landscape needs one input, one output and some data");
        }
        double a = 0;
        double b = 0;
        double c = 0;
        double d = 0;
        double e = 0;
        for (int i = 0; i < data.size(); i++) {
            double x = data.input(i, 0);
            double y = data.target(i, 0);
            a += x * x;
            b += x;
            c += x * y;
            d += y;
            e += y * y;
        }
        n = data.size();
        sxx = a / n;
        sx = b / n;
        sxy = c / n;
        sy = d / n;
        syy = e / n;
    }

    /** Mean of (w x + b - y)² over the data. */
    public double loss(double w, double b) {
        // E[(wx + b - y)^2] = w²E[x²] + b² + E[y²] + 2wb E[x] - 2w E[xy] - 2b E[y]
        double value = w * w * sxx + b * b + syy + 2.0 * w * b * sx - 2.0 * w * sxy - 2.0 * b * sy;
        return Math.max(0.0, value);
    }

    /** dL/dw of the mean loss. */
    public double gradientW(double w, double b) {
        return 2.0 * (w * sxx + b * sx - sxy);
    }

    /** dL/db of the mean loss. */
    public double gradientB(double w, double b) {
        return 2.0 * (w * sx + b - sy);
    }

    /** The (w, b) with the least loss (least squares); the mean of y as b when x does not vary. */
    public double[] minimum() {
        double varX = sxx - sx * sx;
        if (varX <= 1e-300) {
            return new double[] {0.0, sy};
        }
        double w = (sxy - sx * sy) / varX;
        return new double[] {w, sy - w * sx};
    }

    /**
     * The loss over a {@code resolution} x {@code resolution} grid, row-major, row 0 at the largest b:
     * columns span [wMin, wMax], rows [bMin, bMax], at cell centres.
     */
    public double[] grid(double wMin, double wMax, double bMin, double bMax, int resolution) {
        double[] out = new double[resolution * resolution];
        for (int r = 0; r < resolution; r++) {
            double b = bMax - (r + 0.5) * (bMax - bMin) / resolution;
            for (int c = 0; c < resolution; c++) {
                double w = wMin + (c + 0.5) * (wMax - wMin) / resolution;
                out[r * resolution + c] = loss(w, b);
            }
        }
        return out;
    }

    public int samples() {
        return n;
    }
}
